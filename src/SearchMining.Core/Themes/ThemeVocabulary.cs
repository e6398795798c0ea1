namespace SearchMining.Core.Themes;

/// <summary>
/// The one definition of the section-五 vocabulary: the themes (ids, Chinese labels, THEMES.md cue words), the kinds
/// (labels and THEMES.md cues), and the wider lists of shortcoming words the parser's rule kind and the search's
/// section boost read. The parser (Core), the classifier's cue features and keyword baseline (Mining), the query boost
/// (Index), the API (<c>GET /api/vocabulary</c>) and the web page all take their words from here.
/// </summary>
public static class ThemeVocabulary
{
    /// <summary>The themes in <see cref="ThemeIds.All"/> order. Cue words are taken literally from THEMES.md, without looking at any report.</summary>
    public static IReadOnlyList<ThemeDefinition> Themes { get; } =
    [
        new(ThemeIds.Training, "培训与队伍", ["培训", "业务知识", "专人", "技能", "责任"]),
        new(ThemeIds.Channels, "渠道与平台", ["渠道", "平台", "新媒体", "网站", "栏目", "公开专区", "热线", "公告栏"]),
        new(ThemeIds.Coverage, "公开范围与内容", ["范围", "丰富", "深度", "重点领域", "覆盖"]),
        new(ThemeIds.Interpretation, "政策解读与回应", ["解读", "回应", "关切", "发布会"]),
        new(ThemeIds.Timeliness, "及时性与更新", ["及时", "更新"]),
        new(ThemeIds.Standardization, "规范化与程序", ["程序", "审查", "审核", "制度", "规范"]),
        new(ThemeIds.Awareness, "主动公开意识", ["意识", "重视"]),
        new(ThemeIds.Interaction, "宣传与互动", ["宣传", "参与", "互动", "交流"]),
        new(ThemeIds.Supervision, "监督与考核", ["监督", "考核", "问责", "投诉"]),
        new(ThemeIds.Other, "其他", []),
    ];

    /// <summary>Problem cues of THEMES.md's kind table.</summary>
    public static IReadOnlyList<string> ProblemCues { get; } = ["存在的主要问题", "不够", "不足", "有待", "欠佳", "较少", "薄弱", "单一"];

    /// <summary>Rectification cues of THEMES.md's kind table.</summary>
    public static IReadOnlyList<string> RectificationCues { get; } = ["整改", "针对", "已"];

    /// <summary>Measure cues of THEMES.md's kind table.</summary>
    public static IReadOnlyList<string> MeasureCues { get; } = ["下一步", "改进措施", "将", "进一步", "持续", "加强"];

    /// <summary>The kinds with their labels and THEMES.md cues, in <see cref="StatementKindNames.All"/> order.</summary>
    public static IReadOnlyList<KindDefinition> Kinds { get; } =
    [
        new(StatementKindNames.Problem, "问题", ProblemCues),
        new(StatementKindNames.Rectification, "整改", RectificationCues),
        new(StatementKindNames.Measure, "改进措施", MeasureCues),
    ];

    /// <summary>
    /// Words that make a sentence state a shortcoming, for the parser's rule kind (<c>StatementKindRules</c>): the
    /// THEMES.md problem cues and the other ways the reports write a weakness.
    /// </summary>
    public static IReadOnlyList<string> ShortcomingWords { get; } =
    [
        .. ProblemCues,
        "不强", "不高", "不到位", "不及时", "不全面", "不规范", "不均衡", "不充分", "不明确", "不优化", "不深入", "不广",
        "存在", "问题", "差距", "仍需", "还需", "尚需", "需进一步", "滞后", "缺乏", "缺少", "局限", "需要加强", "难以", "偏少", "不多",
    ];

    /// <summary>
    /// Words in a search query that show the reader wants section 五 (the index's section boost, <c>SectionIntent</c>):
    /// the THEMES.md problem cues, a few more shortcoming words, and the words of improvement.
    /// </summary>
    public static IReadOnlyList<string> ProblemSectionQueryWords { get; } =
    [
        .. ProblemCues,
        "不强", "不及时", "不全面", "有限", "不规范", "滞后", "问题", "差距", "改进", "整改", "少",
    ];

    public static ThemeDefinition Theme(string id) => Themes.FirstOrDefault(t => t.Id == id)
        ?? throw new ArgumentException($"unknown theme '{id}'", nameof(id));
}
