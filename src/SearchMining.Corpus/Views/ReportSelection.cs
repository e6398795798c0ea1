using SearchMining.Core.Domain;
using SearchMining.Index.Views;

namespace SearchMining.Corpus.Views;

/// <summary>
/// Which reports a corpus-wide view covers: agency and region match when the name contains the given text
/// (so 洪泽 finds 淮安市洪泽区人民政府), year exactly.
/// </summary>
public sealed record ReportSelection(string? Agency, string? Region, int? Year)
{
    public bool Matches(ReportDigest report) => Matches(report.Agency, report.Region, report.Year);

    public bool Matches(ReportViewRow report) => Matches(report.Agency, report.Region, report.Year);

    /// <summary>The key of the selection in a view's memo.</summary>
    internal string Key => $"{Agency}\u001f{Region}\u001f{Year}";

    private bool Matches(string? agency, RegionInfo region, int? year) =>
        (string.IsNullOrWhiteSpace(Agency) || (agency?.Contains(Agency.Trim(), StringComparison.Ordinal) ?? false))
        && (string.IsNullOrWhiteSpace(Region) || new[] { region.Province, region.City, region.County }
            .Any(name => name?.Contains(Region.Trim(), StringComparison.Ordinal) ?? false))
        && (Year is null || year == Year);
}
