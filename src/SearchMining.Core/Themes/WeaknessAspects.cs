namespace SearchMining.Core.Themes;

/// <summary>
/// The one definition of weakness aspects (<see cref="WeaknessAspect"/>), written from THEMES.md's "covers" and "seed
/// examples" columns and the ways the reports write the same weakness in other words (主动性 / 主动公开意识, 载体 / 渠道,
/// 覆盖面 / 公开面 / 广度). The promise linker (Mining/Promises) compares a promise and a next-year statement by the
/// aspects both name.
/// </summary>
public static class WeaknessAspects
{
    /// <remarks>Aspect ids are not theme ids (a theme may hold several aspects).</remarks>
    public static IReadOnlyList<WeaknessAspect> All { get; } =
    [
        new("scope", ThemeIds.Coverage, "覆盖面/范围", ["覆盖", "范围", "公开面", "广度", "领域", "信息量", "公开量", "不够全面", "还不够广", "扩大", "拓展公开", "事项较少"]),
        new("depth", ThemeIds.Coverage, "深度/内容充实", ["深度", "深化", "深入", "充实", "丰富公开内容", "内容单一", "内容不够", "热点", "重点不够突出", "重点领域"]),
        new("timely", ThemeIds.Timeliness, "及时性/更新", ["及时", "更新", "时效", "滞后", "第一时间"]),
        new("explaining", ThemeIds.Interpretation, "解读/回应", ["解读", "图解", "回应", "关切", "舆情"]),
        new("form", ThemeIds.Interpretation, "形式/方式", ["形式", "方式", "方法", "多样", "单一", "灵活", "创新", "老套路", "通俗"]),
        new("carriers", ThemeIds.Channels, "渠道/载体", ["渠道", "载体", "平台", "网站", "栏目", "新媒体", "微信", "微博", "专区", "公告栏", "媒介"]),
        new("initiative", ThemeIds.Awareness, "主动性/意识", ["主动性", "意识", "重视", "认识", "积极性", "主动公开"]),
        new("staff", ThemeIds.Training, "培训/队伍", ["培训", "队伍", "人员", "专人", "业务水平", "业务能力", "力量", "兼职", "人手", "学习"]),
        new("mechanism", ThemeIds.Standardization, "制度/机制", ["制度", "机制", "流程", "程序", "审查", "审核", "审批", "归档"]),
        new("list", ThemeIds.Standardization, "清单/目录", ["清单", "目录", "指南"]),
        new("norms", ThemeIds.Standardization, "规范化/标准化", ["规范化", "标准化", "不规范", "不够规范"]),
        new("engagement", ThemeIds.Interaction, "互动/宣传", ["互动", "交流", "参与", "宣传", "沟通"]),
        new("oversight", ThemeIds.Supervision, "监督/考核", ["监督", "考核", "问责", "评议", "投诉"]),
        new("application", ThemeIds.Standardization, "依申请办理", ["依申请", "申请件", "申请公开"]),
    ];

    /// <summary>The ids of the aspects <paramref name="text"/> names, in <see cref="All"/> order.</summary>
    public static IReadOnlyList<string> Of(string text) =>
        All.Where(a => a.CueWords.Any(c => text.Contains(c, StringComparison.Ordinal))).Select(a => a.Id).ToList();
}
