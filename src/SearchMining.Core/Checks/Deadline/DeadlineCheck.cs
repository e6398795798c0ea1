using System.Text.RegularExpressions;
using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Deadline;

/// <summary>
/// Publication date against the legal deadline. 条例第四十九条 (revised 2019): 县级以上人民政府部门 publish by 31 January,
/// a 县级以上地方人民政府's own report by 31 March; before the revision (2007 条例第三十一条) every agency by 31 March. The
/// article names no deadline for 乡镇/街道 or an agency whose level is unknown: on time by 31 January, uncertain up to
/// 31 March, late after. A date before the reporting year ended is an error in itself. Deadlines are configurable
/// (<see cref="DeadlineOptions"/>).
/// </summary>
public sealed partial class DeadlineCheck(CheckOptions? options = null) : IReportCheck
{
    public const string Rule = "check-deadline";

    private readonly DeadlineOptions _deadlines = (options ?? CheckOptions.Default).Deadlines;

    [GeneratedRegex(@"(?:发布|印发|成文|公开)(?:日期|时间)\s*[:：]?\s*$")]
    private static partial Regex PublishedLabel();

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        if (report.PublishDate is not { } date || report.Year is not { } year)
        {
            yield return new(Rule, CheckStatus.NotAssessable, report.Year is null ? "The report year is not known." : "The text states no publication or signature date.");
            yield break;
        }
        var evidence = Locate(report, date);
        var kind = evidence?.Label ?? "日期";
        var items = evidence is null ? Array.Empty<CheckEvidence>() : [evidence];
        // dated on 31 December at the earliest: a report cannot be finished before the year it reports on is
        if (date < new DateOnly(year, 12, 31))
        {
            yield return new(Rule, CheckStatus.Fail, $"{kind} {date:yyyy-MM-dd} 早于报告年度 {year} 结束") { Subject = "发布时限", Items = items };
            yield break;
        }
        var named = _deadlines.For(report.Level, year);
        var deadline = (named ?? _deadlines.Unnamed).In(year + 1);
        var late = date.DayNumber - deadline.DayNumber;
        var basis = year < _deadlines.RevisedFromYear ? "2007 条例第三十一条" : "条例第四十九条";
        var who = named is null ? $"{report.Level} (level not named by the article)" : report.Level.ToString();
        if (late <= 0)
        {
            yield return new(Rule, CheckStatus.Pass, $"{kind} {date:yyyy-MM-dd}, deadline {deadline:yyyy-MM-dd} ({basis}, {who})") { Subject = "发布时限", Items = items, Score = late };
            yield break;
        }
        if (late >= _deadlines.RepublishedAfterDays)
        {
            yield return new(Rule, CheckStatus.Uncertain, $"{kind} {date:yyyy-MM-dd} is {late} days after the deadline {deadline:yyyy-MM-dd}: more likely the date of a later re-publication than of the first one")
            { Subject = "发布时限", Items = items, Score = late };
            yield break;
        }
        if (named is null && date <= _deadlines.Government.In(year + 1))
        {
            yield return new(Rule, CheckStatus.Uncertain, $"{kind} {date:yyyy-MM-dd}: after {deadline:yyyy-MM-dd}, before {_deadlines.Government.In(year + 1):yyyy-MM-dd}; the deadline of a {report.Level} agency is not named by {basis}")
            { Subject = "发布时限", Items = items, Score = late };
            yield break;
        }
        yield return new(Rule, CheckStatus.Fail, $"{kind} {date:yyyy-MM-dd} 晚于 {deadline:yyyy-MM-dd} 的时限 {late} 天 ({basis}, {who})") { Subject = "发布时限", Items = items, Score = late };
    }

    /// <summary>Where the date is written (last occurrence), labelled 发布日期 when a publication label precedes it, else 落款日期.</summary>
    private static CheckEvidence? Locate(Report report, DateOnly date)
    {
        var pattern = new Regex($@"{date.Year}\s*(?:年\s*0?{date.Month}\s*月\s*0?{date.Day}\s*日|[-/.]\s*0?{date.Month}\s*[-/.]\s*0?{date.Day}(?!\d))");
        var matches = pattern.Matches(report.SourceText);
        if (matches.Count == 0) return null;
        bool Labelled(Match m) => PublishedLabel().IsMatch(Normalization.ChineseCharacterFold.Fold(report.SourceText[Math.Max(0, m.Index - 10)..m.Index]));
        var labelled = matches.FirstOrDefault(Labelled);
        var match = labelled ?? matches[^1];
        return Sentences.At(report, match.Index, match.Index + match.Length, EvidenceKind.Date, labelled is null ? "落款日期" : "发布日期");
    }
}
