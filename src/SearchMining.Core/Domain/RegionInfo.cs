namespace SearchMining.Core.Domain;

/// <summary>Where the reporting agency sits, as far as the text says.</summary>
public sealed record RegionInfo(string? Province, string? City, string? County)
{
    public static RegionInfo Unknown { get; } = new(null, null, null);

    /// <summary>Most specific known level first (county, city, province), for display and facets.</summary>
    public string? MostSpecific => County ?? City ?? Province;
}
