namespace SearchMining.Index.Searching;

/// <summary>
/// Structured filters, combined with AND across dimensions and OR within one dimension. Values are spelled as in
/// <c>field:value</c> queries: agency names, region names, levels (province, city, county, townshipstreet, department),
/// sections (overview, proactive, applications, reviewlitigation, problems, other — or the number as written, 五),
/// theme ids, kinds (problem, rectification, measure).
/// </summary>
public sealed record SearchFilters
{
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Levels { get; init; } = [];
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public IReadOnlyList<string> Sections { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Kinds { get; init; } = [];
    /// <summary>Quality rule ids the report fails (check-deadline, or deadline).</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    public static SearchFilters None { get; } = new();
}
