using SearchMining.Core.Checks.Substance;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Years;

/// <summary>
/// Section 五 against the same agency's previous report (the closest earlier year): the share of this year's text found again last year
/// (<see cref="ITextReuseMeter"/>), with the repeated sentences side by side. At or above
/// <see cref="CheckOptions.ReuseFailAt"/> the section is judged copied; below <see cref="CheckOptions.ReusePassBelow"/> new.
/// </summary>
public sealed class ProblemsReuseCheck(ITextReuseMeter? reuse = null, CheckOptions? options = null) : IReportCheck
{
    public const string Rule = "check-problems-reuse";

    private readonly ITextReuseMeter _reuse = reuse ?? new SentenceReuse();
    private readonly CheckOptions _options = options ?? CheckOptions.Default;

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        if (PreviousYear.Mismatch(Rule, report, previous, adjacent: false) is { } mismatch)
        {
            yield return mismatch;
            yield break;
        }
        var now = ProblemsText.Of(report);
        var before = ProblemsText.Of(previous!);
        if (now is null || before is null || now.Text.Trim().Length == 0 || before.Text.Trim().Length == 0)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "Section 五 is missing or empty in this year's or last year's report.");
            yield break;
        }
        var measure = _reuse.Measure(now.Text, before.Text);
        if (measure.Rate is not { } rate)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "Section 五 has no text the reuse measure counts (template phrases only).");
            yield break;
        }
        var repeated = measure.Repeated().Where(s => s.PreviousStart >= 0).ToList();
        var status = rate >= _options.ReuseFailAt ? CheckStatus.Fail : rate < _options.ReusePassBelow ? CheckStatus.Pass : CheckStatus.Uncertain;
        var percent = $"{rate:P0}";
        var message = status == CheckStatus.Fail
            ? $"第五部分 {percent} 与 {previous!.Year} 年报告重复（{repeated.Count} 句）"
            : $"第五部分与 {previous!.Year} 年报告的重复率 {percent}（{repeated.Count} 句重复）";
        yield return new CheckResult(Rule, status, message)
        {
            Subject = $"{previous.Year}→{report.Year}",
            Score = rate,
            Items = [.. repeated.SelectMany(s => new[]
            {
                now.Evidence(s.Start, s.End, label: $"{report.Year} 第五部分"),
                before.Evidence(s.PreviousStart, s.PreviousEnd, label: $"{previous.Year} 第五部分 (repeated {s.Share:P0})", fromOther: true),
            })],
        };
    }
}
