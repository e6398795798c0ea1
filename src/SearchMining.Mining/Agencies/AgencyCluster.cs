namespace SearchMining.Mining.Agencies;

/// <summary>A growing group of name nodes during resolution (union–find root data).</summary>
internal sealed class AgencyCluster(NameNode node)
{
    public List<NameNode> Nodes { get; } = [node];
    public AgencyKind Kind { get; } = node.Name.Kind;
    public PlaceParts Places { get; set; } = node.Name.Places;
    public List<AgencyEvidence> Evidence { get; } = [];

    /// <summary>Years with a report, and which report.</summary>
    public Dictionary<int, string> Years { get; } = node.Reports.Where(r => r.Year is not null)
        .GroupBy(r => r.Year!.Value).ToDictionary(g => g.Key, g => g.First().ReportId);
}
