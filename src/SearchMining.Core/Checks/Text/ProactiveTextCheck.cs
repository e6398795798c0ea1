using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Text;

/// <summary>
/// 主动公开 N 条: no table cell holds the year's total of proactively disclosed items, so the stated totals (共/全年/累计 …)
/// are compared with each other — two different totals for the year fail; a single one is not assessable.
/// </summary>
public sealed partial class ProactiveTextCheck : IReportCheck
{
    public const string Rule = "check-text-proactive";

    private static readonly SectionTopic[] Where = [SectionTopic.Overview, SectionTopic.Proactive];

    [GeneratedRegex(@"(?:共|全年|总计|合计)[^。；，,\d]{0,8}?主动公开[^。；，,\d]{0,16}?(?<n>\d+)\s*条")]
    private static partial Regex Total();

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var totals = Narrative.Find(report, Total(), Where).Where(s => !s.FoldedSentence.Contains("累计")).DistinctBy(s => s.Sentence.SourceStart).ToList();
        var values = totals.Select(t => t.Value).Distinct().ToList();
        if (totals.Count == 0)
            yield return new(Rule, CheckStatus.NotAssessable, "The narrative states no total of proactively disclosed items for the year.");
        else if (values.Count == 1)
            yield return new(Rule, totals.Count > 1 ? CheckStatus.Pass : CheckStatus.NotAssessable,
                totals.Count > 1 ? $"主动公开 {values[0]} 条, stated {totals.Count} times alike"
                    : $"主动公开 {values[0]} 条 is stated once; no table cell holds the year's total to compare it with.")
            {
                Subject = "主动公开", Items = [.. totals.Select(t => t.Sentence)],
            };
        else
            yield return new(Rule, CheckStatus.Fail, $"正文给出不同的主动公开总数: {string.Join(" / ", values)} 条")
            {
                Subject = "主动公开", Items = [.. totals.Select(t => t.Sentence)],
            };
    }
}
