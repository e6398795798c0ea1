using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Baseline;

/// <summary>
/// The labeller's keyword lexicon, written after reading every real report — including the statements the model is
/// tested on — and extending THEMES.md with the words those statements use. So the baseline built on it is an
/// optimistic, test-informed reference rather than a baseline on the same split; the model does not use it.
/// </summary>
public static class LabellerLexicon
{
    public static CueLexicon Instance { get; } = new(
        "labeller",
        new Dictionary<string, string[]>
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
        },
        ProblemCues: ["不够", "不足", "有待", "欠佳", "较少", "薄弱", "单一", "问题", "不强", "不高", "仍需", "还需"],
        RectificationCues: ["整改", "针对", "已"],
        MeasureCues: ["下一步", "下步", "将", "今后", "改进措施", "进一步", "持续", "加强"]);
}
