namespace SearchMining.Mining.YearOverYear;

/// <summary>A run of characters of a changed sentence: kept, inserted this year or deleted from last year's.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
