using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// A report's check results with their stored blobs (<see cref="DerivedStore.Pack"/>), one per rule: packing runs where
/// the results are computed, not on the writer. The results are in rule order (stable), so that a rule's results are
/// numbered consecutively from its <see cref="RuleBlob.FirstN"/>.
/// </summary>
internal sealed record PackedChecks(ReportChecks Checks, IReadOnlyList<RuleBlob> Blobs)
{
    public static PackedChecks Of(ReportChecks checks)
    {
        var sorted = checks.Results.Select(r => (Result: r, Order: CheckSql.RuleOrder(r.Rule))).OrderBy(x => x.Order).ToList();
        var blobs = new List<RuleBlob>();
        for (var start = 0; start < sorted.Count;)
        {
            var end = start + 1;
            while (end < sorted.Count && sorted[end].Order == sorted[start].Order) end++;
            blobs.Add(new RuleBlob(sorted[start].Order, start, DerivedStore.Pack([.. sorted[start..end].Select(x => x.Result)], sorted[start].Order)));
            start = end;
        }
        return new PackedChecks(checks with { Results = [.. sorted.Select(x => x.Result)] }, blobs);
    }
}
