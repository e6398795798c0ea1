using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;

namespace SearchMining.Corpus.Years.Kept;

/// <summary>One agency of a kept directory, its reports as positions in <see cref="KeptDirectory.Reports"/>.</summary>
internal sealed record KeptAgency(
    string Key, string Name, PlaceParts Places, AgencyKind Kind, AdministrativeLevel Level,
    IReadOnlyList<AgencyName> Names, IReadOnlyList<int> Reports, IReadOnlyList<AgencyEvidence> Evidence);
