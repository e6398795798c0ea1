using SearchMining.Core.Domain;

namespace SearchMining.Core.Comparison;

/// <summary>
/// The same agency's earlier reports, for the year-over-year checks. Core's <see cref="AgencyNameHistory"/> matches the
/// agency name as parsed; Mining's agency identity (full vs short names, 区政府 vs 区人民政府 …) implements it better.
/// </summary>
public interface IReportHistory
{
    /// <summary>The same agency's report of the year before <paramref name="report"/>'s year, or null when there is none.</summary>
    Report? Previous(Report report);
}
