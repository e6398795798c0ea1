using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Baseline;

/// <summary>
/// The rule baseline the model is measured against: a theme is present when one of its keywords (taken from the cues
/// and seed examples of THEMES.md, written before looking at test results) occurs; the kind follows cue words.
/// </summary>
public sealed class KeywordThemeClassifier : IStatementClassifier
{
    private static readonly IReadOnlyDictionary<string, string[]> Keywords = new Dictionary<string, string[]>
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

    private static readonly string[] MeasureCues = ["下一步", "下步", "将", "今后", "改进措施", "进一步", "持续", "加强"];
    private static readonly string[] ProblemCues = ["不够", "不足", "有待", "欠佳", "较少", "薄弱", "单一", "问题", "不强", "不高", "仍需", "还需"];

    public StatementClassification Classify(string statementText)
    {
        var text = statementText ?? "";
        var scores = ThemeIds.All.ToDictionary(t => t, t => Keywords.TryGetValue(t, out var words) && words.Any(text.Contains) ? 1.0 : 0.0);
        var themes = ThemeIds.All.Where(t => scores[t] > 0).ToList();
        if (themes.Count == 0)
        {
            themes.Add(ThemeIds.Other);
            scores[ThemeIds.Other] = 1.0;
        }
        return new StatementClassification(Kind(text), themes, scores, 1.0);
    }

    private static StatementKind Kind(string text)
    {
        if (text.Contains("整改") || (text.Contains("针对") && text.Contains("问题") && !text.Contains("将"))) return StatementKind.Rectification;
        var problem = ProblemCues.Count(text.Contains);
        var measure = MeasureCues.Count(text.Contains);
        return problem > measure ? StatementKind.Problem : measure > 0 ? StatementKind.Measure : StatementKind.Problem;
    }
}
