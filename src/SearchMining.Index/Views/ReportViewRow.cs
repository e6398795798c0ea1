using SearchMining.Core.Domain;

namespace SearchMining.Index.Views;

/// <summary>
/// What the corpus-wide views read of a report without its statements and commitments: identity (what agency resolution
/// reads), contact and the theme tally of its section-五 statements. Kept on the report document as a doc value
/// (<see cref="ReportViewFields"/>), so a view passes over small rows instead of every report's digest.
/// </summary>
/// <param name="Statements">Section-五 statements; <paramref name="Classified"/> of them carry at least one theme.</param>
/// <param name="ThemeCounts">Per theme id, how many of the statements carry it (a statement counts once per theme).</param>
public sealed record ReportViewRow(
    string Id,
    string SourceFile,
    string? Agency,
    string? AgencyAsWritten,
    RegionInfo Region,
    AdministrativeLevel Level,
    int? Year,
    ContactInfo? Contact,
    int Statements,
    int Classified,
    IReadOnlyDictionary<string, int> ThemeCounts)
{
    /// <summary>The row of a report (or of its digest: the same fields).</summary>
    public static ReportViewRow Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Create(report.Id, report.SourceFile, report.Agency, report.AgencyAsWritten, report.Region, report.Level, report.Year,
            report.Contact, report.Statements);
    }

    /// <summary>The row from a report's parts (the digests of an index written before the rows give these).</summary>
    public static ReportViewRow Create(string id, string sourceFile, string? agency, string? agencyAsWritten, RegionInfo region,
        AdministrativeLevel level, int? year, ContactInfo? contact, IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var theme in statements.SelectMany(s => s.Themes.Distinct(StringComparer.Ordinal)))
            counts[theme] = counts.GetValueOrDefault(theme) + 1;
        return new ReportViewRow(id, sourceFile, agency, agencyAsWritten, region, level, year, contact,
            statements.Count, statements.Count(s => s.Themes.Count > 0), counts);
    }
}
