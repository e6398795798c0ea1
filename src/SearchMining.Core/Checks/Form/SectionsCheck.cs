using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Form;

/// <summary>
/// The parts the report must have. Since the 2019 template (国办公开办函〔2019〕60号, 〔2021〕30号): 一 总体情况, 二 主动公开,
/// 三 收到和处理申请, 四 复议诉讼, 五 问题及改进, 六 其他事项 — all six, in this order. Before (2007 条例第三十二条): 主动公开,
/// 依申请公开, 复议诉讼 and 问题及改进 in any numbering; a topic without its own part but named in the text is uncertain.
/// </summary>
public sealed class SectionsCheck : IReportCheck
{
    public const string Rule = "check-sections";

    public static IList<SectionTopic> ModernOrder { get; } =
        [SectionTopic.Overview, SectionTopic.Proactive, SectionTopic.Applications, SectionTopic.ReviewLitigation, SectionTopic.Problems, SectionTopic.Other];

    private static readonly (SectionTopic Topic, string[] Words)[] OldRequired =
    [
        (SectionTopic.Proactive, ["主动公开"]),
        (SectionTopic.Applications, ["依申请", "申请公开"]),
        (SectionTopic.ReviewLitigation, ["复议", "诉讼"]),
        (SectionTopic.Problems, ["问题", "不足"]),
    ];

    public static string Name(SectionTopic topic) => topic switch
    {
        SectionTopic.Overview => "总体情况",
        SectionTopic.Proactive => "主动公开政府信息情况",
        SectionTopic.Applications => "收到和处理政府信息公开申请情况",
        SectionTopic.ReviewLitigation => "政府信息公开行政复议、行政诉讼情况",
        SectionTopic.Problems => "存在的主要问题及改进情况",
        _ => "其他需要报告的事项",
    };

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var headings = report.Sections.Select(s => Sentences.Heading(report, s)).ToList();
        if (report.Sections.Count == 0)
        {
            yield return TextCut.AtEnd(report)
                ? new(Rule, CheckStatus.Uncertain, "No numbered section (一、总体情况 …) was found, and the text is only part of a report.") { Subject = "sections" }
                : new(Rule, CheckStatus.Fail, "No numbered section (一、总体情况 …) was found.") { Subject = "sections" };
            yield break;
        }
        if (IsModern(report))
        {
            var topics = TopicsByNumber(report);
            var missing = ModernOrder.Where(t => topics.All(s => s.Topic != t)).ToList();
            var positions = ModernOrder.Select(t => topics.FirstOrDefault(s => s.Topic == t).Ordinal).Where(p => p > 0).ToList();
            var ordered = positions.Zip(positions.Skip(1)).All(p => p.First < p.Second);
            var present = string.Join(" ", report.Sections.Select(s => s.Number));
            // parts beyond a cut of the text (before its first section, after its last) may be in the full report
            var first = ModernOrder.IndexOf(topics[0].Topic);
            var last = ModernOrder.IndexOf(topics[^1].Topic);
            var beyondCut = missing.Where(t => TextCut.AtStart(report) && ModernOrder.IndexOf(t) < first || TextCut.AtEnd(report) && ModernOrder.IndexOf(t) > last).ToList();
            var lacking = missing.Except(beyondCut).ToList();
            if (missing.Count == 0 && ordered)
                yield return new(Rule, CheckStatus.Pass, $"六个部分齐全且顺序正确 ({present})") { Subject = "sections", Items = headings };
            else if (lacking.Count == 0 && ordered)
                yield return new(Rule, CheckStatus.Uncertain,
                    $"The text is only part of the report ({(TextCut.AtStart(report) ? "it starts at section " + report.Sections[0].Number : "")}{(TextCut.AtStart(report) && TextCut.AtEnd(report) ? "; " : "")}{(TextCut.AtEnd(report) ? "it stops inside section " + report.Sections[^1].Number : "")}): {string.Join("、", beyondCut.Select(Name))} not in it (present: {present})")
                { Subject = "sections", Items = headings };
            else
                yield return new(Rule, CheckStatus.Fail,
                    (lacking.Count > 0 ? $"缺少部分: {string.Join("、", lacking.Select(Name))}" : "") +
                    (ordered ? "" : $"{(lacking.Count > 0 ? "; " : "")}部分顺序不符合模板") + $" (present: {present})")
                { Subject = "sections", Items = headings };
            yield break;
        }
        var absent = OldRequired.Where(r => report.Sections.All(s => s.Topic != r.Topic)).ToList();
        if (absent.Count == 0)
        {
            yield return new(Rule, CheckStatus.Pass, "主动公开、依申请公开、复议诉讼、问题及改进各有一部分 (2007 条例第三十二条)") { Subject = "sections", Items = headings };
            yield break;
        }
        var folded = Normalization.ChineseCharacterFold.Fold(report.SourceText);
        var unnamed = absent.Where(r => !r.Words.Any(folded.Contains)).ToList();
        if (unnamed.Count > 0 && (TextCut.AtEnd(report) || TextCut.AtStart(report)))
        {
            yield return new(Rule, CheckStatus.Uncertain, $"The text is only part of the report; not in it: {string.Join("、", absent.Select(r => Name(r.Topic)))}")
            { Subject = "sections", Items = headings };
            yield break;
        }
        yield return new(Rule, unnamed.Count > 0 ? CheckStatus.Fail : CheckStatus.Uncertain,
            unnamed.Count > 0
                ? $"缺少部分且全文未提及: {string.Join("、", unnamed.Select(r => Name(r.Topic)))}"
                : $"没有单独的部分，但正文提及: {string.Join("、", absent.Select(r => Name(r.Topic)))}")
        { Subject = "sections", Items = headings };
    }

    private static readonly string[] Numbers = ["一", "二", "三", "四", "五", "六"];

    /// <summary>
    /// The sections' topics, where a heading worded unlike the template (一、工作基本情况) takes the topic its number has
    /// in the 2019/2021 template — the template fixes the numbering — unless that topic is found under another heading.
    /// </summary>
    private static List<(int Ordinal, SectionTopic Topic)> TopicsByNumber(Report report) =>
        [.. report.Sections.Select(s =>
        {
            var byNumber = Array.IndexOf(Numbers, s.Number);
            var unplaced = s.Topic == SectionTopic.Other && byNumber is >= 0 and < 5 && report.Sections.All(o => o.Topic != ModernOrder[byNumber]);
            return (s.Ordinal, unplaced ? ModernOrder[byNumber] : s.Topic);
        })];

    internal static bool IsModern(Report report) =>
        report.Template is ReportTemplate.Template2019 or ReportTemplate.Template2021 || report.Template == ReportTemplate.Unknown && report.Year >= 2019;
}
