using SearchMining.Core.Domain;

namespace SearchMining.Workflows.Charts;

/// <summary>The region level a chart groups by: province (default), city or county.</summary>
public static class RegionLevels
{
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";

    public static IReadOnlyList<string> All { get; } = [Province, City, County];

    public static bool IsKnown(string level) => All.Contains(level);

    /// <summary>The region's name at that level (a city is shown with its province when both are known).</summary>
    public static string? NameAt(RegionInfo region, string level) => level switch
    {
        City => region.City,
        County => region.County,
        _ => region.Province,
    };
}
