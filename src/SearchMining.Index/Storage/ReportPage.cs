namespace SearchMining.Index.Storage;

/// <param name="Total">Reports matching the filter (all pages).</param>
public sealed record ReportPage(int Total, int Offset, IReadOnlyList<ReportSummary> Items);
