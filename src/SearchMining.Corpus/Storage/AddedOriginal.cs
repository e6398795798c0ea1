namespace SearchMining.Corpus.Storage;

/// <summary>What <see cref="OriginalStore.Add"/> did, so it can be undone.</summary>
/// <param name="IsNew">A new row (undo deletes it); false when the same bytes were kept already.</param>
/// <param name="PreviousReportId">The report id the kept row had before (undo restores it), when it changed.</param>
public sealed record AddedOriginal(long Sequence, bool IsNew, string? PreviousReportId);
