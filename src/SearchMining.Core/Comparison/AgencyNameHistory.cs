using SearchMining.Core.Domain;

namespace SearchMining.Core.Comparison;

/// <summary>
/// Previous reports among a known set (a folder given to <c>check</c>, a corpus), matched by the agency name as parsed
/// (whitespace ignored) and the year before. The first report of that agency and year in the set wins.
/// </summary>
public sealed class AgencyNameHistory : IReportHistory
{
    private readonly Dictionary<(string Agency, int Year), Report> _byAgencyYear = [];

    public AgencyNameHistory(IEnumerable<Report> reports)
    {
        foreach (var report in reports)
        {
            if (Key(report) is { } key) _byAgencyYear.TryAdd(key, report);
        }
    }

    public Report? Previous(Report report) =>
        Key(report) is { } key && _byAgencyYear.TryGetValue((key.Agency, key.Year - 1), out var previous) ? previous : null;

    private static (string Agency, int Year)? Key(Report report) =>
        report.Agency is { Length: > 0 } agency && report.Year is { } year ? (string.Concat(agency.Where(c => !char.IsWhiteSpace(c))), year) : null;
}
