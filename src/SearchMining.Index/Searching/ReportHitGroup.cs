namespace SearchMining.Index.Searching;

/// <summary>One report with its best-matching sections (grouped results).</summary>
public sealed record ReportHitGroup(string ReportId, string SourceFile, string? Agency, int? Year, float Score, IReadOnlyList<SearchHit> Sections);
