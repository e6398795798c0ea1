using System.Text.RegularExpressions;
using SearchMining.Core.Checks.Substance;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Form;

/// <summary>
/// Section 五 says something: not empty, not just 无 / 暂无, not shorter than <see cref="CheckOptions.ProblemsMinChars"/>
/// characters (条例第五十条第（四）项 asks for the main problems and how they were improved). A report without the
/// section at all is <c>check-sections</c>' finding, so this rule is then not assessable.
/// </summary>
public sealed partial class ProblemsPresentCheck(CheckOptions? options = null) : IReportCheck
{
    public const string Rule = "check-problems-present";

    private readonly CheckOptions _options = options ?? CheckOptions.Default;

    [GeneratedRegex(@"^(?:无|暂无|没有|不存在|无其他|无问题|本年度无|无存在的问题)\W*$")]
    private static partial Regex JustNone();

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var problems = ProblemsText.Of(report);
        if (problems is null)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The report has no section on problems and improvements (see check-sections).");
            yield break;
        }
        if (problems.Sections.Any(s => TextCut.Inside(report, s)))
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The text stops inside section 五 (only part of the report is given).") { Subject = "第五部分" };
            yield break;
        }
        var letters = problems.Text.Count(char.IsLetterOrDigit);
        var compact = Normalization.ChineseCharacterFold.Fold(string.Concat(problems.Text.Where(c => !char.IsWhiteSpace(c))));
        var evidence = problems.Text.Length == 0 ? [] : new[] { problems.Evidence(0, Math.Min(problems.Text.Length, 120), label: "第五部分") };
        if (letters == 0)
            yield return new(Rule, CheckStatus.Fail, "第五部分（存在的主要问题及改进情况）为空") { Subject = "第五部分", Score = 0 };
        else if (JustNone().IsMatch(compact))
            yield return new(Rule, CheckStatus.Fail, $"第五部分只写了「{compact}」") { Subject = "第五部分", Score = letters, Items = evidence };
        else if (letters < _options.ProblemsMinChars)
            yield return new(Rule, CheckStatus.Fail, $"第五部分只有 {letters} 字，少于 {_options.ProblemsMinChars} 字") { Subject = "第五部分", Score = letters, Items = evidence };
        else
            yield return new(Rule, CheckStatus.Pass, $"第五部分 {letters} 字") { Subject = "第五部分", Score = letters };
    }
}
