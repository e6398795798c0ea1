using SearchMining.Core.Domain;
using SearchMining.Index.Views;
using SearchMining.Mining.Agencies;

namespace SearchMining.Corpus.Views;

/// <summary>What the corpus-wide views need of a report: metadata (what agency resolution reads among it), contact, statements and commitments (no section text).</summary>
public sealed record ReportDigest(
    string Id,
    string SourceFile,
    string? Agency,
    string? AgencyAsWritten,
    RegionInfo Region,
    AdministrativeLevel Level,
    int? Year,
    ContactInfo? Contact,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Commitment> Commitments)
{
    public static ReportDigest From(Report r) =>
        new(r.Id, r.SourceFile, r.Agency, r.AgencyAsWritten, r.Region, r.Level, r.Year, r.Contact, r.Statements, r.Commitments);

    /// <summary>The report's view row, as the index's view doc values hold it.</summary>
    public ReportViewRow ToRow() => ReportViewRow.Create(Id, SourceFile, Agency, AgencyAsWritten, Region, Level, Year, Contact, Statements);

    /// <summary>What agency resolution reads of the report.</summary>
    public AgencyReport ToAgencyReport() => new(Id, SourceFile, Agency, AgencyAsWritten, Region, Level, Year);
}
