using SearchMining.Core.Domain;
using SearchMining.Index.Storage;

namespace SearchMining.Api.Contracts;

/// <param name="Outcome">Added, Replaced (same id, new content) or Unchanged (already indexed).</param>
public sealed record UploadResponse(
    string ReportId,
    string SourceFile,
    IngestOutcome Outcome,
    string? Agency,
    int? Year,
    int Sections,
    int Statements,
    IReadOnlyList<ParseWarning> Warnings);
