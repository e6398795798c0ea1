namespace SearchMining.Core.Corpus;

/// <summary>The repository folders that hold report texts, relative to the repository root (defined once here).</summary>
public static class CorpusFolders
{
    /// <summary>The bundled sample reports (always dev).</summary>
    public const string Samples = "samples/reports";

    /// <summary>The collected real corpus (split dev/test by agency, data/corpus/SPLIT.md).</summary>
    public const string Collected = "data/corpus";
}
