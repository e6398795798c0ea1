namespace SearchMining.Mining.Agencies;

/// <summary>The places of an agency: province (or municipality), city, county (district, county-level city, zone).</summary>
public sealed record PlaceParts(string? Province, string? City, string? County)
{
    public static PlaceParts None { get; } = new(null, null, null);

    public int Known => (Province is null ? 0 : 1) + (City is null ? 0 : 1) + (County is null ? 0 : 1);

    public IEnumerable<string> Names => new[] { Province, City, County }.OfType<string>();

    /// <summary>No level where both know a place and the places differ.</summary>
    public bool IsCompatibleWith(PlaceParts other) =>
        Agrees(Province, other.Province) && Agrees(City, other.City) && Agrees(County, other.County);

    /// <summary>Compatible and knowing no place that <paramref name="other"/> does not know.</summary>
    public bool IsWithin(PlaceParts other) =>
        IsCompatibleWith(other) && (Province is null || other.Province is not null) && (City is null || other.City is not null) && (County is null || other.County is not null);

    /// <summary>Each level from this, else from <paramref name="other"/> (callers check compatibility first).</summary>
    public PlaceParts CompletedBy(PlaceParts other) => new(Province ?? other.Province, City ?? other.City, County ?? other.County);

    /// <summary>0 province, 1 city, 2 county: the most specific level known, or -1.</summary>
    public int LowestLevel => County is not null ? 2 : City is not null ? 1 : Province is not null ? 0 : -1;

    public string? Lowest => County ?? City ?? Province;

    /// <summary>Both name the same most specific place at the same level (淮安市 and 淮安市洪泽区 do not).</summary>
    public bool SameLowest(PlaceParts other) => LowestLevel >= 0 && LowestLevel == other.LowestLevel && Lowest == other.Lowest;

    private static bool Agrees(string? a, string? b) => a is null || b is null || a == b;
}
