using SearchMining.Core.Domain;

namespace SearchMining.Core.Comparison;

/// <summary>
/// Earlier reports among a known set (a folder given to <c>check</c>, a corpus), matched by the agency name as parsed
/// (whitespace ignored): the report of the closest earlier year. The first report of an agency and year in the set wins.
/// Mining's agency resolver joins the other names an agency is written under.
/// </summary>
public sealed class AgencyNameHistory : IReportHistory
{
    private readonly Dictionary<string, SortedList<int, Report>> _byAgency = [];

    public AgencyNameHistory(IEnumerable<Report> reports)
    {
        foreach (var report in reports)
        {
            if (Key(report) is not { } key || report.Year is not { } year) continue;
            if (!_byAgency.TryGetValue(key, out var years)) _byAgency[key] = years = [];
            years.TryAdd(year, report);
        }
    }

    public Report? Previous(Report report)
    {
        if (Key(report) is not { } key || report.Year is not { } year || !_byAgency.TryGetValue(key, out var years)) return null;
        return years.Where(kv => kv.Key < year).Select(kv => kv.Value).LastOrDefault();
    }

    private static string? Key(Report report) => KeyOf(report.Agency);

    /// <summary>The key reports of one agency share: the agency name as parsed, whitespace left out; null without a name.</summary>
    public static string? KeyOf(string? agency) =>
        agency is { Length: > 0 } ? string.Concat(agency.Where(c => !char.IsWhiteSpace(c))) is { Length: > 0 } key ? key : null : null;
}
