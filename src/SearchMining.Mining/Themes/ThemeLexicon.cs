namespace SearchMining.Mining.Themes;

/// <summary>
/// Cue words per theme and per kind, taken from the cues and seed examples of THEMES.md. Used by the keyword
/// baseline on its own, and by the model as a small block of extra features next to the n-grams.
/// </summary>
public static class ThemeLexicon
{
    /// <summary>Length of <see cref="Cues"/>: one flag per keyword theme, then problem / rectification / measure cues.</summary>
    public const int CueCount = 12;

    public static IReadOnlyDictionary<string, string[]> ThemeKeywords { get; } = new Dictionary<string, string[]>
    {
        [ThemeIds.Training] = ["培训", "业务知识", "业务素质", "业务能力", "专人", "专职", "队伍", "人员配备", "学习"],
        [ThemeIds.Channels] = ["渠道", "平台", "网站", "栏目", "专栏", "新媒体", "微信", "微博", "公开专区", "公开栏", "热线"],
        [ThemeIds.Coverage] = ["公开范围", "覆盖", "内容不够丰富", "丰富", "全面", "深度", "广度", "重点领域", "公开内容"],
        [ThemeIds.Interpretation] = ["解读", "回应", "关切", "发布会"],
        [ThemeIds.Timeliness] = ["及时", "更新", "时效", "滞后"],
        [ThemeIds.Standardization] = ["规范", "程序", "制度", "流程", "审查", "标准化"],
        [ThemeIds.Awareness] = ["意识", "主动性", "重视", "认识"],
        [ThemeIds.Interaction] = ["宣传", "互动", "参与", "交流", "征集"],
        [ThemeIds.Supervision] = ["监督", "考核", "督查", "督导", "问责", "投诉"],
    };

    public static IReadOnlyList<string> ProblemCues { get; } = ["不够", "不足", "有待", "欠佳", "较少", "薄弱", "单一", "问题", "不强", "不高", "仍需", "还需"];
    public static IReadOnlyList<string> MeasureCues { get; } = ["下一步", "下步", "将", "今后", "改进措施", "进一步", "持续", "加强"];
    public static IReadOnlyList<string> RectificationCues { get; } = ["整改", "针对", "已"];

    public static bool Mentions(string text, string theme) =>
        ThemeKeywords.TryGetValue(theme, out var words) && words.Any(text.Contains);

    /// <summary>Cue flags of a text, in the order documented on <see cref="CueCount"/>.</summary>
    public static float[] Cues(string text)
    {
        var cues = new float[CueCount];
        var i = 0;
        foreach (var theme in ThemeIds.All.Where(ThemeKeywords.ContainsKey))
            cues[i++] = Mentions(text, theme) ? 1 : 0;
        cues[i++] = ProblemCues.Any(text.Contains) ? 1 : 0;
        cues[i++] = RectificationCues.Any(text.Contains) ? 1 : 0;
        cues[i] = MeasureCues.Any(text.Contains) ? 1 : 0;
        return cues;
    }
}
