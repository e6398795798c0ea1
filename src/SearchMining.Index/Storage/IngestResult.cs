namespace SearchMining.Index.Storage;

/// <param name="Documents">Section and subsection documents written (0 when unchanged).</param>
public sealed record IngestResult(string ReportId, string SourceFile, IngestOutcome Outcome, int Sections, int Documents)
{
    /// <summary>Earlier versions of the same file (same name, agency and year, other text) that this report replaced.</summary>
    public IReadOnlyList<string> Superseded { get; init; } = [];
}
