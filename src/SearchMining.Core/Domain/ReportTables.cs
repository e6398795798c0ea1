namespace SearchMining.Core.Domain;

public sealed record ReportTables
{
    public ProactiveDisclosureTable Proactive { get; init; } = new();
    public ApplicationTable Applications { get; init; } = new();
    public ReviewLitigationTable ReviewLitigation { get; init; } = new();
}
