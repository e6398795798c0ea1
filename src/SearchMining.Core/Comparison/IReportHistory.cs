using SearchMining.Core.Domain;

namespace SearchMining.Core.Comparison;

/// <summary>
/// The reports of one agency across years, as far as the corpus knows them (implemented in SearchMining.Mining by the
/// agency resolver, which joins the names an agency is written under).
/// </summary>
public interface IReportHistory
{
    /// <summary>The same agency's report of the closest earlier year, or null (no earlier report, or no agency known).</summary>
    Report? Previous(Report report);
}
