namespace SearchMining.Workflows.Batch;

/// <param name="Rank">1-based position among the query's hits.</param>
/// <param name="Link">The page's report view opened at this hit (relative unless a base address was given).</param>
public sealed record BatchHit(int Rank, string ReportId, string SectionId, string SourceFile, string? Agency, int? Year, string Section, float Score, string Snippet, string Link);
