using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Views;

/// <summary>What the corpus-wide views need of a report: metadata, contact, statements and commitments (no section text).</summary>
public sealed record ReportDigest(
    string Id,
    string SourceFile,
    string? Agency,
    RegionInfo Region,
    int? Year,
    ContactInfo? Contact,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Commitment> Commitments)
{
    public static ReportDigest From(Report r) => new(r.Id, r.SourceFile, r.Agency, r.Region, r.Year, r.Contact, r.Statements, r.Commitments);
}
