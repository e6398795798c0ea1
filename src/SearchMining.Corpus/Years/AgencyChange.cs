using SearchMining.Mining.Agencies;

namespace SearchMining.Corpus.Years;

/// <summary>The outcome of a person's merge or split: the agency (or agencies) as now resolved, or why it was refused.</summary>
public sealed record AgencyChange(IReadOnlyList<Agency> Agencies, MergeRefusal? Refusal, bool UnknownAgency = false)
{
    public bool Succeeded => Refusal is null;
}
