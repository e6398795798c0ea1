using SearchMining.Core.Domain;

namespace SearchMining.Scale.Generation;

/// <summary>
/// A real report whose sections feed the generator: its six sections as written (heading included, from the parser's
/// offsets into the normalised source text), and the names and year the generator swaps for generated ones.
/// </summary>
/// <param name="AgencyNames">The agency as the text completes it and as the title writes it (longest first).</param>
internal sealed record SourceReport(string File, int Year, IReadOnlyList<string> AgencyNames, string? County, string? City, IReadOnlyList<string> Sections)
{
    public static SourceReport From(Report report)
    {
        var agencies = new[] { report.Agency, report.AgencyAsWritten }
            .Where(n => !string.IsNullOrWhiteSpace(n) && n!.Length >= 2)
            .Select(n => n!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .ToList();
        var sections = report.Sections.Select(s => report.SourceText[s.SourceStart..s.SourceEnd].Trim('\n', '\r')).ToList();
        return new SourceReport(report.SourceFile, report.Year!.Value, agencies, report.Region.County, report.Region.City, sections);
    }
}
