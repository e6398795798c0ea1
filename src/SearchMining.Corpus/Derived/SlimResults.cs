using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Evidence;
using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// What a rule's stored results leave out (store version 7): each result's rule id (the blob is keyed by the rule's order,
/// <see cref="CheckSql.RuleOrder"/>) and the label of every cell of table 三 or 四 whose label is the one its table, row
/// and column ids give (<see cref="Cells.LabelOf"/>) — the bulk of the evidence's repeated text, which Brotli could only
/// fold within one blob. <see cref="Restore"/> puts both back. <see cref="DerivedStore.Pack"/> keeps the slim form only
/// when restoring it gives the results exactly as computed (else it stores them whole, marked so).
/// </summary>
internal static class SlimResults
{
    /// <summary>The results without their rule id and the derivable cell labels.</summary>
    public static IReadOnlyList<CheckResult> Slim(IReadOnlyList<CheckResult> results) =>
        [.. results.Select(r => r with
        {
            Rule = null!,
            Items = [.. r.Items.Select(i => i.Kind == EvidenceKind.Cell && i.Label is { } label && label == Cells.LabelOf(i.Table, i.Row, i.Column) ? i with { Label = null } : i)],
        })];

    /// <summary>
    /// Whether <see cref="Restore"/> gives back exactly these results from their slim form: every result is of the rule of
    /// order <paramref name="ruleOrder"/>, and no cell whose ids give a label is without one (restoring would give it that label).
    /// </summary>
    public static bool Restores(IReadOnlyList<CheckResult> results, int ruleOrder) =>
        ruleOrder >= 0 && ruleOrder < CheckRules.All.Count
        && results.All(r => string.Equals(r.Rule, CheckRules.All[ruleOrder].Id, StringComparison.Ordinal)
            && r.Items.All(i => i.Kind != EvidenceKind.Cell || i.Label is not null || Cells.LabelOf(i.Table, i.Row, i.Column) is null));

    /// <summary>A slim result (<see cref="Slim"/>) as computed: its rule id from the rule's order, its cells' labels from their ids.</summary>
    public static CheckResult Restore(CheckResult slim, int ruleOrder) => slim with
    {
        Rule = slim.Rule ?? RuleId(ruleOrder),
        Items = [.. slim.Items.Select(i => i.Kind == EvidenceKind.Cell && i.Label is null && Cells.LabelOf(i.Table, i.Row, i.Column) is { } label ? i with { Label = label } : i)],
    };

    private static string RuleId(int ruleOrder) =>
        ruleOrder >= 0 && ruleOrder < CheckRules.All.Count ? CheckRules.All[ruleOrder].Id : throw new InvalidDataException($"Stored check results of an unknown rule order {ruleOrder}.");
}
