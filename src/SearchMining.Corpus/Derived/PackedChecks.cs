using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// A report's check results with their stored blobs (<see cref="DerivedStore.Pack"/>), one per rule whose status is not
/// PASS: packing runs where the results are computed, not on the writer. The results are in rule order (stable), so that a
/// rule's results are numbered consecutively from its <see cref="RuleBlob.FirstN"/>. A rule whose status is PASS (85 % of
/// the results, most of the blobs' bytes) has no blob (store version 8): its results are computed again from the stored
/// report and its previous report when read (<see cref="Checks.CorpusChecks"/>), numbered the same way.
/// </summary>
internal sealed record PackedChecks(ReportChecks Checks, IReadOnlyList<RuleBlob> Blobs)
{
    public static PackedChecks Of(ReportChecks checks)
    {
        var sorted = InRuleOrder(checks.Results);
        var blobs = new List<RuleBlob>();
        for (var start = 0; start < sorted.Count;)
        {
            var order = CheckSql.RuleOrder(sorted[start].Rule);
            var end = start + 1;
            while (end < sorted.Count && CheckSql.RuleOrder(sorted[end].Rule) == order) end++;
            if (!Stored(checks.StatusOf(sorted[start].Rule)))
            {
                start = end;
                continue;
            }
            blobs.Add(new RuleBlob(order, start, DerivedStore.Pack(sorted[start..end], order)));
            start = end;
        }
        return new PackedChecks(checks with { Results = sorted }, blobs);
    }

    /// <summary>Whether a rule of this status (<see cref="ReportChecks.StatusOf"/>) keeps its results in a blob: every status but PASS.</summary>
    public static bool Stored(CheckStatus ruleStatus) => ruleStatus != CheckStatus.Pass;

    /// <summary>Results in rule order, stable: the numbering of the stored rows (<c>n</c>) and of a recomputation.</summary>
    public static List<CheckResult> InRuleOrder(IEnumerable<CheckResult> results) => [.. results.OrderBy(r => CheckSql.RuleOrder(r.Rule))];
}
