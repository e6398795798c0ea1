namespace SearchMining.Index.Schema;

/// <summary>The facet dimensions counted for every search (also the names accepted by <c>field:value</c> in queries).</summary>
public static class FacetDimensions
{
    public const string Agency = "agency";
    public const string Region = "region";
    public const string Level = "level";
    public const string Year = "year";
    public const string Section = "section";
    public const string Theme = "theme";
    public const string Kind = "kind";
    /// <summary>Quality rules the report fails (its own rules only: a report's documents do not change when another report is added).</summary>
    public const string Checks = "checks";

    public static IReadOnlyList<string> All { get; } = [Agency, Region, Level, Year, Section, Theme, Kind, Checks];
}
