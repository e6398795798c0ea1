namespace SearchMining.Corpus.Storage;

/// <summary>What the store knows of one kept original (its bytes are read separately).</summary>
/// <param name="Sequence">Order of arrival: re-ingesting in this order reproduces the index (later versions replace earlier ones).</param>
/// <param name="ReportId">The report the file became.</param>
/// <param name="PendingRemoval">Set while a delete or replacement of its report is being committed (deleted / superseded).</param>
public sealed record StoredOriginal(
    long Sequence,
    string Sha256,
    string FileName,
    string? ContentType,
    long Size,
    DateTimeOffset ReceivedAt,
    string? SourceUrl,
    OriginalOrigin Origin,
    string ReportId,
    bool Forced,
    string? PendingRemoval);
