using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Tables;

namespace SearchMining.Core.Checks.Tables;

/// <summary>A cell of table 三 by row code and column.</summary>
public readonly record struct CellRef(string Row, ApplicantType Column);

/// <summary>
/// One arithmetic identity of table 三: the sum of <see cref="Left"/> equals the sum of <see cref="Right"/>.
/// When <see cref="RightIsStated"/> the right side is a single stated total (blank there = uncertain, not 0).
/// </summary>
public sealed record ApplicationIdentity(string Rule, string Subject, IReadOnlyList<CellRef> Left, IReadOnlyList<CellRef> Right, bool RightIsStated);

/// <summary>The evaluated identity: both sums (null = unknown) and its status.</summary>
public sealed record IdentityOutcome(ApplicationIdentity Identity, CheckStatus Status, decimal? Left, decimal? Right);

/// <summary>
/// Every 勾稽关系 of table 三, defined once: per applicant column (七)总计 = Σ 办理结果 rows and 一 + 二 = 三 + 四;
/// per row 总计 = 自然人 + the five 法人或其他组织 columns. The table rules report them. (The parser decides run-together
/// rows with the same column equations in Parsing/Tables/ColumnTotals.)
/// </summary>
public static class ApplicationIdentities
{
    public const string New = "new";
    public const string CarriedOver = "carried-over";
    public const string ResultTotal = "result.total";
    public const string CarriedForward = "carried-forward";

    public static bool IsResultDetail(string code) => code.StartsWith("result.", StringComparison.Ordinal) && code != ResultTotal;

    /// <summary>Every identity the rows present in <paramref name="table"/> take part in.</summary>
    public static IEnumerable<ApplicationIdentity> Of(ApplicationTable table) =>
        ResultTotals(table).Concat(Balances(table)).Concat(RowTotals(table));

    /// <summary>The 办理结果 rows the table should have: （六）其他处理 as one row (2019, or written so) or as its three sub-rows (2021).</summary>
    public static IReadOnlyList<string> ExpectedDetails(ApplicationTable table) =>
        [.. (table.Row("result.6") is not null ? ApplicationRowCatalog.Template2019 : ApplicationRowCatalog.Template2021)
            .Select(d => d.Code).Where(IsResultDetail)];

    /// <summary>Per column: （七）总计 = Σ every expected 办理结果 row (a row not read leaves the sum unknown).</summary>
    public static IEnumerable<ApplicationIdentity> ResultTotals(ApplicationTable table)
    {
        var details = ExpectedDetails(table);
        return ApplicantColumns.Of(table).Select(c => new ApplicationIdentity(ApplicationResultTotalCheck.Rule, ApplicantColumns.Label(c),
            details.Select(d => new CellRef(d, c)).ToArray(), [new CellRef(ResultTotal, c)], RightIsStated: true));
    }

    public static IEnumerable<ApplicationIdentity> Balances(ApplicationTable table) =>
        ApplicantColumns.Of(table).Select(c => new ApplicationIdentity(ApplicationBalanceCheck.Rule, ApplicantColumns.Label(c),
            [new CellRef(New, c), new CellRef(CarriedOver, c)], [new CellRef(ResultTotal, c), new CellRef(CarriedForward, c)], RightIsStated: false));

    /// <summary>Per row: 总计 = 自然人 + the five organisation columns; where the table has a 小计 column, also 小计 = the five.</summary>
    public static IEnumerable<ApplicationIdentity> RowTotals(ApplicationTable table) =>
        table.Rows.SelectMany(r => r.Cells.ContainsKey(ApplicantType.LegalPersonSubtotal)
            ? new[] { Total(r), new ApplicationIdentity(ApplicationRowTotalCheck.Rule, r.Code + " 小计",
                ApplicantColumns.Organisations.Select(c => new CellRef(r.Code, c)).ToArray(), [new CellRef(r.Code, ApplicantType.LegalPersonSubtotal)], RightIsStated: true) }
            : [Total(r)]);

    private static ApplicationIdentity Total(ApplicationRow r) => new(ApplicationRowTotalCheck.Rule, r.Code,
        ApplicantColumns.Addends.Select(c => new CellRef(r.Code, c)).ToArray(), [new CellRef(r.Code, ApplicantType.Total)], RightIsStated: true);

    public static TableCell? Cell(ApplicationTable table, CellRef at) => table.Row(at.Row)?.Cells.GetValueOrDefault(at.Column);

    public static IdentityOutcome Evaluate(ApplicationTable table, ApplicationIdentity identity)
    {
        var left = CellArithmetic.Sum(identity.Left.Select(c => Cell(table, c)));
        var right = identity.RightIsStated
            ? CellArithmetic.Stated(Cell(table, identity.Right[0]))
            : CellArithmetic.Sum(identity.Right.Select(c => Cell(table, c)));
        var status = left is null || right is null ? CheckStatus.Uncertain : left == right ? CheckStatus.Pass : CheckStatus.Fail;
        return new IdentityOutcome(identity, status, left, right);
    }

    /// <summary>True when no identity that can be decided is broken.</summary>
    public static bool Hold(ApplicationTable table) => Of(table).All(i => Evaluate(table, i).Status != CheckStatus.Fail);
}
