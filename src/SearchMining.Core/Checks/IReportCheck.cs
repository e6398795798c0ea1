using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>
/// One consistency rule over a report. <paramref name="previous"/> is the same agency's report of the year before,
/// when known, so year-over-year rules fit the same shape.
/// </summary>
public interface IReportCheck
{
    IEnumerable<CheckResult> Check(Report report, Report? previous = null);
}
