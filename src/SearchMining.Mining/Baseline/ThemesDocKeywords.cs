using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Baseline;

/// <summary>
/// Keywords taken literally from the "covers" and "seed examples" columns of THEMES.md, without looking at any
/// report — the naive baseline (the <see cref="ThemeLexicon"/> one was written by the labeller after reading the reports).
/// </summary>
public static class ThemesDocKeywords
{
    public static IReadOnlyDictionary<string, string[]> All { get; } = new Dictionary<string, string[]>
    {
        [ThemeIds.Training] = ["培训", "业务知识", "专人", "技能", "责任"],
        [ThemeIds.Channels] = ["渠道", "平台", "新媒体", "网站", "栏目", "公开专区", "热线", "公告栏"],
        [ThemeIds.Coverage] = ["范围", "丰富", "深度", "重点领域", "覆盖"],
        [ThemeIds.Interpretation] = ["解读", "回应", "关切", "发布会"],
        [ThemeIds.Timeliness] = ["及时", "更新"],
        [ThemeIds.Standardization] = ["程序", "审查", "审核", "制度", "规范"],
        [ThemeIds.Awareness] = ["意识", "重视"],
        [ThemeIds.Interaction] = ["宣传", "参与", "互动", "交流"],
        [ThemeIds.Supervision] = ["监督", "考核", "问责", "投诉"],
    };
}
