namespace SearchMining.Core.Corpus;

/// <summary>The side of the evaluation split a real report belongs to (data/corpus/SPLIT.md).</summary>
public enum CorpusPart
{
    /// <summary>May be read, parsed and tuned on.</summary>
    Dev,
    /// <summary>Used only to report figures; never read while fixing or training.</summary>
    Test,
    /// <summary>A file without the <c>prefix###_slug_year</c> name: its agency is unknown, so it counts as test.</summary>
    Unnamed,
}
