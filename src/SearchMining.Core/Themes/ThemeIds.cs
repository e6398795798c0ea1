namespace SearchMining.Core.Themes;

/// <summary>
/// The ids of the theme taxonomy (THEMES.md), in a fixed order — the order of every score vector. Labels and cue words
/// of each theme are in <see cref="ThemeVocabulary"/>.
/// </summary>
public static class ThemeIds
{
    public const string Training = "training";
    public const string Channels = "channels";
    public const string Coverage = "coverage";
    public const string Interpretation = "interpretation";
    public const string Timeliness = "timeliness";
    public const string Standardization = "standardization";
    public const string Awareness = "awareness";
    public const string Interaction = "interaction";
    public const string Supervision = "supervision";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [Training, Channels, Coverage, Interpretation, Timeliness, Standardization, Awareness, Interaction, Supervision, Other];

    public static bool IsKnown(string id) => All.Contains(id);
}
