namespace SearchMining.Corpus.Views;

/// <summary>
/// Which reports a corpus-wide view covers: agency and region match when the name contains the given text
/// (so 洪泽 finds 淮安市洪泽区人民政府), year exactly.
/// </summary>
public sealed record ReportSelection(string? Agency, string? Region, int? Year)
{
    public bool Matches(ReportDigest report) =>
        (string.IsNullOrWhiteSpace(Agency) || (report.Agency?.Contains(Agency.Trim(), StringComparison.Ordinal) ?? false))
        && (string.IsNullOrWhiteSpace(Region) || new[] { report.Region.Province, report.Region.City, report.Region.County }
            .Any(name => name?.Contains(Region.Trim(), StringComparison.Ordinal) ?? false))
        && (Year is null || report.Year == Year);
}
