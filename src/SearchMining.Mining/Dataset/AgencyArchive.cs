namespace SearchMining.Mining.Dataset;

/// <summary>
/// Which archive an agency's reports come from. Most corpus agencies are Pingtan (平潭) units that share templates, so
/// dev cross-validation also reports the held-out agencies outside Pingtan — the closest dev proxy of an agency from
/// another archive.
/// </summary>
public static class AgencyArchive
{
    /// <summary>Agency slugs of the Pingtan archive start with this (data/corpus/SPLIT.md slugs).</summary>
    public const string PingtanSlugPrefix = "pingtan_";

    public static bool IsPingtan(string agency) => agency.StartsWith(PingtanSlugPrefix, StringComparison.Ordinal);

    public static bool IsPingtan(LabelledStatement statement) => IsPingtan(ThemeDataset.AgencyOf(statement));
}
