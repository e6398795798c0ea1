namespace SearchMining.Index.Storage;

/// <param name="Documents">Section and subsection documents written (0 when unchanged).</param>
public sealed record IngestResult(string ReportId, string SourceFile, IngestOutcome Outcome, int Sections, int Documents);
