using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;

namespace SearchMining.Api.Contracts;

/// <summary>
/// One agency in the list: key, display name, kind, level, places, report years, the names it is written under, the
/// rules that joined them, and the problem themes it names in two or more years.
/// </summary>
internal sealed record AgencySummary(
    string Key,
    string Name,
    AgencyKind Kind,
    AdministrativeLevel Level,
    string? Places,
    IReadOnlyList<int> Years,
    int Reports,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> RecurringThemes)
{
    public static AgencySummary From(Agency agency, IReadOnlyList<string> recurring) =>
        new(agency.Key, agency.Name, agency.Kind, agency.Level, agency.Places.Known == 0 ? null : string.Concat(agency.Places.Names),
            agency.Years, agency.Reports.Count, agency.Names.Select(n => n.Written).ToList(),
            agency.Evidence.Select(e => e.Rule).Distinct().ToList(), recurring);
}
