using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Checks;

/// <summary>A selection of check results across the corpus: rule id, status, part of the agency name, year; sorted.</summary>
public sealed record CheckQuery(string? Rule = null, CheckStatus? Status = null, string? Agency = null, int? Year = null, CheckSort Sort = CheckSort.Status, bool Descending = false)
{
    public bool Matches(ReportChecks report) =>
        (Agency is null || report.Agency?.Contains(Agency, StringComparison.Ordinal) == true) && (Year is null || report.Year == Year);

    public bool Matches(CheckResult result) => (Rule is null || result.Rule == Rule) && (Status is null || result.Status == Status);

    /// <summary>The matching results, one row each, in the asked order (ties: year, agency, file, rule).</summary>
    public IReadOnlyList<(ReportChecks Report, CheckResult Result)> Select(IEnumerable<ReportChecks> reports)
    {
        var rows = reports.Where(Matches).SelectMany(r => r.Results.Where(Matches).Select(x => (Report: r, Result: x)));
        var ordered = Sort switch
        {
            CheckSort.Year => Descending ? rows.OrderByDescending(r => r.Report.Year ?? 0) : rows.OrderBy(r => r.Report.Year ?? 0),
            CheckSort.Agency => Descending ? rows.OrderByDescending(r => r.Report.Agency ?? "", StringComparer.Ordinal) : rows.OrderBy(r => r.Report.Agency ?? "\uffff", StringComparer.Ordinal),
            CheckSort.Rule => Descending ? rows.OrderByDescending(r => RuleOrder(r.Result.Rule)) : rows.OrderBy(r => RuleOrder(r.Result.Rule)),
            CheckSort.Score => Descending ? rows.OrderByDescending(r => r.Result.Score ?? double.MinValue) : rows.OrderBy(r => r.Result.Score ?? double.MaxValue),
            _ => Descending ? rows.OrderBy(r => Severity(r.Result.Status)) : rows.OrderByDescending(r => Severity(r.Result.Status)),
        };
        return [.. ordered.ThenByDescending(r => r.Report.Year ?? 0).ThenBy(r => r.Report.Agency ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Report.SourceFile, StringComparer.Ordinal).ThenBy(r => RuleOrder(r.Result.Rule))];
    }

    /// <summary>FAIL first, then UNCERTAIN, PASS, NOT_ASSESSABLE.</summary>
    public static int Severity(CheckStatus status) => status switch
    {
        CheckStatus.Fail => 3,
        CheckStatus.Uncertain => 2,
        CheckStatus.Pass => 1,
        _ => 0,
    };

    private static int RuleOrder(string rule) => Core.Checks.CheckRules.All.Select((r, i) => (r.Id, i)).FirstOrDefault(x => x.Id == rule).i;
}

public enum CheckSort
{
    Status,
    Year,
    Agency,
    Rule,
    Score,
}
