using System.Text.RegularExpressions;
using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Text;

/// <summary>
/// What the narrative says about applications against table 三: received N (= 新收, or = 新收 + 上年结转 when the report
/// counts carried-over applications as received — not an error), answered N (= （七）总计), N carried into next year
/// (= 结转下年度), and the applicant breakdown of the received number (自然人, 商业企业).
/// </summary>
public sealed partial class ApplicationsTextCheck : IReportCheck
{
    public const string Rule = "check-text-applications";

    private static readonly SectionTopic[] Where = [SectionTopic.Overview, SectionTopic.Applications];

    [GeneratedRegex(@"(?:收到|受理|收办|接收|新收)(?:各类|各级)?[^。；，,\d]{0,14}?申请[^。；，,\d]{0,6}?(?<n>\d+)\s*件|(?:收到|受理|收办|接收)[^。；，,\d]{0,6}?(?<n>\d+)\s*件[^。；，,\d]{0,8}?申请|(?:未|没有)(?:收到|受理|接到|接收)[^。；，]{0,20}?申请(?!人)")]
    private static partial Regex Received();

    [GeneratedRegex(@"(?:已答复|答复|办结)[^。；，,\d]{0,12}?(?<n>\d+)\s*件")]
    private static partial Regex Answered();

    [GeneratedRegex(@"(?<n>\d+)\s*件[^。；，,\d]{0,14}?(?:结转下年度|结转至下年度|结转到下一?年度|顺延到下年度|转入下年度|结转至下一年度)")]
    private static partial Regex CarriedForward();

    [GeneratedRegex(@"(?:上年|去年|上一年|同比|较)\S{0,4}$")]
    private static partial Regex AboutLastYear();

    private static readonly (ApplicantType Column, Regex Pattern)[] Breakdown =
    [
        (ApplicantType.NaturalPerson, new Regex(@"自然人(?:申请|提出)?\s*(?<n>\d+)\s*件")),
        (ApplicantType.CommercialEnterprise, new Regex(@"商业企业(?:申请|提出)?\s*(?<n>\d+)\s*件")),
    ];

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.Applications;
        // 未收到…行政复议、行政诉讼的申请 speaks of reviews, not of disclosure applications
        var received = Narrative.Find(report, Received(), Where).Where(s => !AboutLastYearBefore(s) && !s.Phrase.Contains("复议") && !s.Phrase.Contains("诉讼")).ToList();
        var answered = Narrative.Find(report, Answered(), Where).Where(s => s.FoldedSentence.Contains("申请") && !s.FoldedSentence.Contains("建议") && !s.FoldedSentence.Contains("提案")).ToList();
        var forward = Narrative.Find(report, CarriedForward(), Where).ToList();
        if (received.Count + answered.Count + forward.Count == 0)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The narrative states no number of applications received, answered or carried forward.");
            yield break;
        }
        if (table.Status is TableStatus.Absent or TableStatus.Unreadable)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The narrative states application numbers but table 三 was not read.")
            {
                Items = [.. received.Concat(answered).Concat(forward).Select(s => s.Sentence)],
            };
            yield break;
        }
        var newRow = table.Row(ApplicationIdentities.New);
        var carriedOver = table.Row(ApplicationIdentities.CarriedOver);
        foreach (var stated in received.DistinctBy(s => (s.Value, s.Sentence.SourceStart)))
        {
            if (newRow is null) { yield return Unread(stated, "一、本年新收"); continue; }
            var fresh = CellArithmetic.Stated(newRow.Cells.GetValueOrDefault(ApplicantType.Total));
            var withCarried = carriedOver is null ? null : fresh + CellArithmetic.Sum([carriedOver.Cells.GetValueOrDefault(ApplicantType.Total)]);
            var isNone = stated.Phrase.StartsWith('未') || stated.Phrase.StartsWith("没有", StringComparison.Ordinal);
            var items = new List<CheckEvidence> { stated.Sentence, Cells.Of(newRow, ApplicantType.Total) };
            CheckResult result;
            if (fresh is null)
                result = new(Rule, CheckStatus.Uncertain, $"收到申请 {stated.Value} 件; 新收 总计 is blank.");
            else if (isNone)
                result = new(Rule, fresh == 0 ? CheckStatus.Pass : CheckStatus.Fail,
                    fresh == 0 ? "未收到申请; 新收 总计 0" : $"正文称未收到申请，表三新收总计为 {fresh} — 「{stated.Sentence.Text}」");
            else if (stated.Value == fresh)
                result = new(Rule, CheckStatus.Pass, $"收到申请 {stated.Value} 件 = 新收 {fresh}");
            else if (stated.Value == withCarried)
            {
                items.Add(Cells.Of(carriedOver!, ApplicantType.Total));
                result = new(Rule, CheckStatus.Pass, $"收到申请 {stated.Value} 件 = 新收 {fresh} + 上年结转 {withCarried - fresh} (the report counts carried-over applications as received; not an error)");
            }
            else
            {
                if (carriedOver is not null) items.Add(Cells.Of(carriedOver, ApplicantType.Total));
                result = new(Rule, CheckStatus.Fail, $"正文收到申请 {stated.Value} 件，表三新收 {fresh}（加上年结转 {CellArithmetic.Show(withCarried)}） — 「{stated.Sentence.Text}」");
            }
            yield return result with { Subject = "收到申请", Items = items };
            if (result.Status == CheckStatus.Pass && !isNone)
            {
                var counted = stated.Value == fresh ? [newRow] : new[] { newRow, carriedOver! };
                foreach (var part in BreakdownOf(report, stated, counted)) yield return part;
            }
        }
        foreach (var stated in answered.DistinctBy(s => (s.Value, s.Sentence.SourceStart)))
            yield return Compare(stated, table.Row(ApplicationIdentities.ResultTotal), "答复/办结申请", "（七）总计");
        foreach (var stated in forward.DistinctBy(s => (s.Value, s.Sentence.SourceStart)))
            yield return Compare(stated, table.Row(ApplicationIdentities.CarriedForward), "结转下年度", "四、结转下年度继续办理");
    }

    private static bool AboutLastYearBefore(StatedNumber stated)
    {
        var at = stated.FoldedSentence.IndexOf(stated.Phrase, StringComparison.Ordinal);
        return at > 0 && AboutLastYear().IsMatch(stated.FoldedSentence[..at]);
    }

    /// <summary>自然人 N 件, 商业企业 N 件 in the sentence of a received number, against the same rows' columns.</summary>
    private IEnumerable<CheckResult> BreakdownOf(Report report, StatedNumber stated, IReadOnlyList<ApplicationRow> rows)
    {
        foreach (var (column, pattern) in Breakdown)
        {
            var m = pattern.Match(stated.FoldedSentence);
            if (!m.Success) continue;
            var value = decimal.Parse(m.Groups["n"].Value);
            var sum = CellArithmetic.Sum(rows.Select(r => r.Cells.GetValueOrDefault(column)));
            var label = ApplicantColumns.Label(column);
            var status = sum is null ? CheckStatus.Uncertain : sum == value ? CheckStatus.Pass : CheckStatus.Fail;
            yield return new CheckResult(Rule, status, status == CheckStatus.Fail
                ? $"正文{label} {value} 件，表三{string.Join("+", rows.Select(r => r.Code == ApplicationIdentities.New ? "新收" : "上年结转"))} {label}列为 {CellArithmetic.Show(sum)} — 「{stated.Sentence.Text}」"
                : $"{label} {value} 件; 表三 {CellArithmetic.Show(sum)}")
            {
                Subject = "收到申请·" + label,
                Items = [stated.Sentence, .. rows.Select(r => Cells.Of(r, column))],
            };
        }
    }

    private static CheckResult Compare(StatedNumber stated, ApplicationRow? row, string subject, string rowName)
    {
        if (row is null) return Unread(stated, rowName) with { Subject = subject };
        var cell = row.Cells.GetValueOrDefault(ApplicantType.Total);
        var value = CellArithmetic.Stated(cell);
        var status = value is null ? CheckStatus.Uncertain : value == stated.Value ? CheckStatus.Pass : CheckStatus.Fail;
        return new CheckResult(Rule, status, status == CheckStatus.Fail
            ? $"正文{subject} {stated.Value} 件，表三{rowName}总计为 {value} — 「{stated.Sentence.Text}」"
            : $"{subject} {stated.Value} 件; 表三{rowName} {CellArithmetic.Show(cell)}")
        {
            Subject = subject,
            Items = [stated.Sentence, Cells.Of(row, ApplicantType.Total)],
        };
    }

    private static CheckResult Unread(StatedNumber stated, string rowName) =>
        new(Rule, CheckStatus.NotAssessable, $"The narrative states {stated.Value}, but the row {rowName} of table 三 was not read.") { Items = [stated.Sentence] };
}
