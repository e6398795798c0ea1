using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// How far two annotators labelling the same real statements agree: Cohen's κ per theme and for the kind, and the
/// second scored like a model against the first — the ceiling a classifier can be expected to reach on these labels.
/// Statements are matched by id when both carry one, else by source and text.
/// </summary>
/// <param name="Statements">Statements both annotators labelled.</param>
/// <param name="Unmatched">Lines of the second file that match no statement of the first.</param>
/// <param name="SecondVsFirst">The second annotator scored against the first.</param>
public sealed record AnnotatorAgreement(
    int Statements,
    int Unmatched,
    ClassificationMetrics SecondVsFirst,
    IReadOnlyDictionary<string, double> ThemeKappa,
    double KindKappa)
{
    public static AnnotatorAgreement Compute(IReadOnlyList<LabelledStatement> first, IReadOnlyList<LabelledStatement> second)
    {
        static string Key(LabelledStatement s) => s.Id ?? s.Source + "\n" + s.Text;
        var firsts = first.Where(s => !s.Synthetic).GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var pairs = second.Where(s => firsts.ContainsKey(Key(s))).Select(s => (First: firsts[Key(s)], Second: s)).ToList();
        var scored = MetricsCalculator.Compute(pairs.Select(p => new EvaluatedStatement(p.First, p.Second.Kind, p.Second.Themes)).ToList());
        var kappa = ThemeIds.All.ToDictionary(t => t, t => CohenKappa.Of(pairs.Select(p => (p.First.Themes.Contains(t), p.Second.Themes.Contains(t))).ToList()));
        var kind = CohenKappa.Of<StatementKind>(pairs.Select(p => (p.First.Kind, p.Second.Kind)).ToList());
        return new AnnotatorAgreement(pairs.Count, second.Count - pairs.Count, scored, kappa, kind);
    }
}
