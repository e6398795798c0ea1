using SearchMining.Mining.Themes;

namespace SearchMining.Corpus.Views;

/// <summary>The theme taxonomy (ids from <see cref="ThemeIds"/>) with its Chinese labels, in display order.</summary>
public static class ThemeCatalog
{
    public static IReadOnlyList<(string Id, string Label)> Themes { get; } =
    [
        (ThemeIds.Training, "培训与队伍"),
        (ThemeIds.Channels, "渠道与平台"),
        (ThemeIds.Coverage, "公开范围与内容"),
        (ThemeIds.Interpretation, "政策解读与回应"),
        (ThemeIds.Timeliness, "及时性与更新"),
        (ThemeIds.Standardization, "规范化与程序"),
        (ThemeIds.Awareness, "主动公开意识"),
        (ThemeIds.Interaction, "宣传与互动"),
        (ThemeIds.Supervision, "监督与考核"),
        (ThemeIds.Other, "其他"),
    ];

    public static bool IsKnown(string id) => ThemeIds.IsKnown(id);
}
