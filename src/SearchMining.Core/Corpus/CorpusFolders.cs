namespace SearchMining.Core.Corpus;

/// <summary>The repository folders that hold report texts, relative to the repository root (defined once here).</summary>
public static class CorpusFolders
{
    /// <summary>The bundled sample reports (always dev).</summary>
    public const string Samples = "samples/reports";

    /// <summary>The collected real corpus (split dev/test by agency, data/corpus/SPLIT.md).</summary>
    public const string Collected = "data/corpus";

    /// <summary>
    /// Blind holdouts that have been scored and then released to dev (data/corpus/SPLIT.md): every file under one of
    /// these folders is dev whatever its slug hashes to. Holdout rounds 1–9 were each scored once on 2026-11-30, then released.
    /// </summary>
    public static readonly IReadOnlyList<string> ReleasedHoldouts = ["data/corpus/holdout", "data/corpus/holdout2", "data/corpus/holdout3", "data/corpus/holdout4", "data/corpus/holdout5", "data/corpus/holdout6", "data/corpus/holdout7", "data/corpus/holdout8", "data/corpus/holdout9", "data/corpus/holdout10", "data/corpus/holdout11", "data/corpus/holdout12", "data/corpus/holdout13", "data/corpus/holdout14", "data/corpus/holdout15", "data/corpus/holdout16", "data/corpus/holdout17"];
}
