namespace SearchMining.Mining.Themes;

/// <summary>
/// Cue words taken literally from THEMES.md — the "covers" and "seed examples" columns of the theme table and the
/// "typical cues" column of the kind table — without looking at any report. The model's cue flags use these, so no
/// part of the model was written after reading the real (test) statements; the THEMES.md baseline classifies with them.
/// </summary>
public static class ThemesDocLexicon
{
    public static CueLexicon Instance { get; } = new(
        "THEMES.md",
        new Dictionary<string, string[]>
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
        },
        ProblemCues: ["存在的主要问题", "不够", "不足", "有待", "欠佳", "较少", "薄弱", "单一"],
        RectificationCues: ["整改", "针对", "已"],
        MeasureCues: ["下一步", "改进措施", "将", "进一步", "持续", "加强"]);
}
