namespace SearchMining.Scale.Measurement;

/// <summary>The in-process profile of one index: its anatomy, each mix query's cost by variant, whole-report loads.</summary>
internal sealed record ProfileResult(IndexAnatomy Anatomy, IReadOnlyList<QueryCost> Queries, StoredReportCost StoredReports);
