using SearchMining.Core.Domain;
using SearchMining.Mining.Evaluation;

namespace SearchMining.Mining.Training;

/// <summary>What a `train` run gets besides the data and the options.</summary>
/// <param name="ScoreTest">Score the frozen test split once, to report (never to choose anything).</param>
/// <param name="OtherFoldSeeds">Further dev fold partitions to repeat the cross-validation with.</param>
/// <param name="ParserKinds">The parser's rule kind of corpus statements by id (<see cref="ParserKinds"/>), or null.</param>
/// <param name="Agreement">The two annotators' agreement on the shared sample, for the card.</param>
/// <param name="Unlabelled">Sentences of the dev reports' sections 一 and 五 (<see cref="Distributional.UnlabelledText"/>): with them the
/// model gets the bigram table and the supervision stacker (round 10); without, it is the round-7 recipe alone.</param>
public sealed record TrainingInputs(
    string DataVersion,
    string CorpusDataVersion,
    DateOnly TrainedOn,
    bool ScoreTest,
    IReadOnlyList<int> OtherFoldSeeds,
    IReadOnlyDictionary<string, StatementKind>? ParserKinds = null,
    AnnotatorAgreement? Agreement = null,
    IReadOnlyList<Distributional.UnlabelledSentence>? Unlabelled = null);
