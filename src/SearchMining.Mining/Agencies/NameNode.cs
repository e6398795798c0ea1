namespace SearchMining.Mining.Agencies;

/// <summary>All reports whose names normalise to one key (after the region completed from the text).</summary>
internal sealed class NameNode(int index, NormalisedName name)
{
    public int Index { get; } = index;
    public NormalisedName Name { get; } = name;
    public string Key => Name.Key;
    public List<AgencyReport> Reports { get; } = [];
    public Dictionary<string, (IReadOnlyList<NameStep> Steps, List<string> ReportIds)> Written { get; } = new(StringComparer.Ordinal);
}
