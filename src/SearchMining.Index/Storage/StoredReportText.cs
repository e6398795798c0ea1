namespace SearchMining.Index.Storage;

/// <summary>A report's text as an index holds it (for keeping it when no original was kept).</summary>
public sealed record StoredReportText(string ReportId, string SourceFile, string Text);
