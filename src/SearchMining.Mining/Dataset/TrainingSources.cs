namespace SearchMining.Mining.Dataset;

/// <summary>Which labelled statements a model trains on besides the real corpus statements of its training agencies.</summary>
[Flags]
public enum TrainingSources
{
    /// <summary>Real statements of data/corpus (dev split), labelled by the corpus annotators.</summary>
    Corpus = 1,
    /// <summary>Real statements of the bundled samples/reports (labels.jsonl, first labeller; their agencies are dev).</summary>
    Samples = 2,
    /// <summary>Statements the team wrote (labels.jsonl, synthetic: true): only ever training data.</summary>
    Synthetic = 4,
    All = Corpus | Samples | Synthetic,
}
