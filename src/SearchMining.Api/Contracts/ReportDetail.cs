using SearchMining.Core.Domain;

namespace SearchMining.Api.Contracts;

/// <summary>A whole report as the API shows it: everything parsed, without the raw source text.</summary>
/// <param name="Preamble">The text before section 一 (title, legal basis, download address, often contacts) as section 0, or null.</param>
internal sealed record ReportDetail(
    string Id,
    string SourceFile,
    string? Agency,
    RegionInfo Region,
    AdministrativeLevel Level,
    int? Year,
    DateOnly? PublishDate,
    ReportTemplate Template,
    IReadOnlyList<ReportSection> Sections,
    ReportTables Tables,
    ContactInfo? Contact,
    OtherMatters? OtherMatters,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<ParseWarning> Warnings,
    ReportSection? Preamble)
{
    public static ReportDetail From(Report r) => new(r.Id, r.SourceFile, r.Agency, r.Region, r.Level, r.Year, r.PublishDate, r.Template,
        r.Sections, r.Tables, r.Contact, r.OtherMatters, r.Statements, r.Commitments, r.Warnings, r.PreambleSection());
}
