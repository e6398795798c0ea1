namespace SearchMining.Api.Corpus;

/// <summary>The theme taxonomy of THEMES.md with its Chinese labels, in display order.</summary>
public static class ThemeCatalog
{
    public static IReadOnlyList<(string Id, string Label)> Themes { get; } =
    [
        ("training", "培训与队伍"),
        ("channels", "渠道与平台"),
        ("coverage", "公开范围与内容"),
        ("interpretation", "政策解读与回应"),
        ("timeliness", "及时性与更新"),
        ("standardization", "规范化与程序"),
        ("awareness", "主动公开意识"),
        ("interaction", "宣传与互动"),
        ("supervision", "监督与考核"),
        ("other", "其他"),
    ];

    public static bool IsKnown(string id) => Themes.Any(t => t.Id == id);
}
