using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>The rows of the section-三 table in the 2021 template (result.6.1–6.3) and the 2019 template (a single result.6).</summary>
public static class ApplicationRowCatalog
{
    private static ApplicationRowDefinition Row(string code, string label, string keyword, int? sub = null) =>
        new(code, label, new Regex(keyword, RegexOptions.CultureInvariant), sub);

    private static readonly IReadOnlyList<ApplicationRowDefinition> Common =
    [
        Row("new", "一、本年新收政府信息公开申请数量", "新收"),
        Row("carried-over", "二、上年结转政府信息公开申请数量", "上年结转"),
        Row("result.1", "（一）予以公开", "予以公开"),
        Row("result.2", "（二）部分公开", "部分公开"),
        Row("result.3.1", "（三）不予公开 1.属于国家秘密", "国家秘密", 1),
        Row("result.3.2", "2.其他法律行政法规禁止公开", "法律行政法规|禁止公开|行政止公开", 2),
        Row("result.3.3", "3.危及“三安全一稳定”", "三安全", 3),
        Row("result.3.4", "4.保护第三方合法权益", "第三方", 4),
        Row("result.3.5", "5.属于三类内部事务信息", "内部事务", 5),
        Row("result.3.6", "6.属于四类过程性信息", "过程性", 6),
        Row("result.3.7", "7.属于行政执法案卷", "执法案卷", 7),
        Row("result.3.8", "8.属于行政查询事项", "查询事项", 8),
        Row("result.4.1", "（四）无法提供 1.本机关不掌握相关政府信息", "不掌握", 1),
        Row("result.4.2", "2.没有现成信息需要另行制作", "没有现成|另行制作", 2),
        Row("result.4.3", "3.补正后申请内容仍不明确", "补正后|仍不明确", 3),
        Row("result.5.1", "（五）不予处理 1.信访举报投诉类申请", "信访|举报投诉", 1),
        Row("result.5.2", "2.重复申请", "重复申请", 2),
        Row("result.5.3", "3.要求提供公开出版物", "出版物", 3),
        Row("result.5.4", "4.无正当理由大量反复申请", "大量反复", 4),
        Row("result.5.5", "5.要求行政机关确认或重新出具已获取信息", "重新出具|确认或重|已获取信息", 5),
    ];

    private static readonly IReadOnlyList<ApplicationRowDefinition> Tail2021 =
    [
        Row("result.6.1", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正|无正当理由逾期", 1),
        Row("result.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "收费通知|缴纳费用", 2),
        Row("result.6.3", "3.其他", @"(?:^|[^\d])3\s*[.．、]\s*其他$|^其他$", 3),
    ];

    private static readonly IReadOnlyList<ApplicationRowDefinition> Tail2019 =
    [
        Row("result.6", "（六）其他处理", "其他处理"),
    ];

    private static readonly IReadOnlyList<ApplicationRowDefinition> End =
    [
        Row("result.total", "（七）总计", "总计"),
        Row("carried-forward", "四、结转下年度继续办理", "结转下年度|结转下年"),
    ];

    public static IReadOnlyList<ApplicationRowDefinition> Template2021 { get; } = [.. Common, .. Tail2021, .. End];

    public static IReadOnlyList<ApplicationRowDefinition> Template2019 { get; } = [.. Common, .. Tail2019, .. End];

    /// <summary>Both tails: a 2021 report may still write （六）其他处理 as one row (洪泽区 2023); the sub-rows are tried first.</summary>
    public static IReadOnlyList<ApplicationRowDefinition> Any { get; } = [.. Common, .. Tail2021, .. Tail2019, .. End];

    public static bool IsOtherSubRow(string code) => code.StartsWith("result.6.", StringComparison.Ordinal);

    /// <summary>Codes of the 办理结果 rows that add up to result.total.</summary>
    public static bool IsResultDetail(string code) => code.StartsWith("result.", StringComparison.Ordinal) && code != "result.total";
}
