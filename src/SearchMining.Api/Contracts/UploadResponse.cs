using SearchMining.Core.Domain;
using SearchMining.Index.Storage;

namespace SearchMining.Api.Contracts;

/// <param name="Outcome">Added, Replaced (same id with new content, or an earlier version of the same file) or Unchanged (already indexed).</param>
/// <param name="Superseded">Ids of earlier versions of the same file (same name, agency and year) that this upload replaced.</param>
internal sealed record UploadResponse(
    string ReportId,
    string SourceFile,
    IngestOutcome Outcome,
    string? Agency,
    int? Year,
    int Sections,
    int Statements,
    IReadOnlyList<ParseWarning> Warnings,
    IReadOnlyList<string> Superseded);
