using SearchMining.Core.Domain;

namespace SearchMining.Api.Contracts;

/// <param name="SectionId">Stable id <c>{reportId}#{ordinal}</c>, as used by /api/sections/{id}/similar.</param>
/// <param name="Statements">The tagged statements, for the problems section (empty otherwise).</param>
internal sealed record SectionDetail(
    string SectionId,
    string ReportId,
    string? Agency,
    int? Year,
    ReportSection Section,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Commitment> Commitments);
