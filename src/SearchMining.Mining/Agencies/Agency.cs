using SearchMining.Core.Domain;

namespace SearchMining.Mining.Agencies;

/// <summary>
/// One agency across years: its key (the most specific normalised name, e.g. 淮安市·洪泽区·政府), display name, places,
/// kind and level, the names it is written under, its reports (oldest first) and the evidence that joined them.
/// </summary>
public sealed record Agency(
    string Key,
    string Name,
    PlaceParts Places,
    AgencyKind Kind,
    AdministrativeLevel Level,
    IReadOnlyList<AgencyName> Names,
    IReadOnlyList<AgencyReport> Reports,
    IReadOnlyList<AgencyEvidence> Evidence)
{
    public IReadOnlyList<int> Years => Reports.Select(r => r.Year).OfType<int>().Distinct().Order().ToList();

    /// <summary>Every normalised name of the agency (its key among them): any of them finds it.</summary>
    public IEnumerable<string> NodeKeys => Names.Select(n => n.NodeKey).Distinct();
}
