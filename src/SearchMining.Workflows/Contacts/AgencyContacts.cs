using SearchMining.Core.Domain;

namespace SearchMining.Workflows.Contacts;

/// <summary>An agency's contact details across its reports, with the years each held and where they changed.</summary>
/// <param name="Years">Years of the agency's reports that give contact details.</param>
public sealed record AgencyContacts(string Agency, RegionInfo Region, IReadOnlyList<int> Years, IReadOnlyList<ContactValue> Values, IReadOnlyList<ContactChange> Changes)
{
    public bool Changed => Changes.Count > 0;
}
