using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>第一项加第二项之和，等于第三项加第四项之和: per column, 新收 + 上年结转 = 办理结果总计 + 结转下年度.</summary>
public sealed class ApplicationBalanceCheck : IReportCheck
{
    public const string Rule = "check-application-balance";

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var table = report.Tables.Applications;
        if (table.Status is TableStatus.Absent or TableStatus.Unreadable) yield break;
        var rows = new[] { "new", "carried-over", "result.total", "carried-forward" }.Select(table.Row).ToArray();
        if (rows.Any(r => r is null))
        {
            yield return new(Rule, CheckStatus.NotAssessable, "Applications table: one of 新收, 上年结转, 总计, 结转下年度 was not read.");
            yield break;
        }
        foreach (var column in Enum.GetValues<ApplicantType>())
        {
            var cells = rows.Select(r => r!.Cells.GetValueOrDefault(column)).ToArray();
            var left = CellArithmetic.Sum([cells[0], cells[1]]);
            var right = CellArithmetic.Sum([cells[2], cells[3]]);
            var evidence = $"{Label(column)}: 新收 {CellArithmetic.Show(cells[0])} + 上年结转 {CellArithmetic.Show(cells[1])} = {left?.ToString() ?? "?"}, " +
                           $"办理结果总计 {CellArithmetic.Show(cells[2])} + 结转下年度 {CellArithmetic.Show(cells[3])} = {right?.ToString() ?? "?"}";
            if (left is null || right is null) yield return new(Rule, CheckStatus.Uncertain, evidence);
            else if (left != right) yield return new(Rule, CheckStatus.Fail, "第一项加第二项之和不等于第三项加第四项之和 — " + evidence);
            else yield return new(Rule, CheckStatus.Pass, evidence);
        }
    }

    internal static string Label(ApplicantType column) => column switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.CommercialEnterprise => "商业企业",
        ApplicantType.ResearchInstitution => "科研机构",
        ApplicantType.PublicInterestOrg => "社会公益组织",
        ApplicantType.LegalServiceOrg => "法律服务机构",
        ApplicantType.Other => "其他",
        _ => "总计",
    };
}
