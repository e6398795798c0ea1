namespace SearchMining.Corpus.Derived;

/// <summary>A stored report of one agency key: its year, order of arrival, the previous report its results used, whether they are computed.</summary>
internal sealed record HistoryRow(string Id, int? Year, long Seq, string? PreviousId, bool Computed);
