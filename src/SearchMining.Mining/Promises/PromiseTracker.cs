using SearchMining.Core.Domain;
using SearchMining.Core.Themes;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Promises;

/// <summary>
/// Links each commitment of a year-N report to the same agency's year-N+1 rectification and problem statements by
/// a logistic score over word similarity (whole statements and their best pair of clauses), shared themes and weakness aspects (<see cref="PairFeatures"/>), and classes it: <see cref="FollowUpClass.Repeated"/> when a problem statement
/// links (the weakness is named again, whatever the rectifications claim — the rectification is still shown),
/// else <see cref="FollowUpClass.FollowedUp"/> when a rectification links, else <see cref="FollowUpClass.NoTrace"/>.
/// </summary>
public sealed class PromiseTracker(WordWeights weights, PromiseOptions? options = null)
{
    public PromiseOptions Options { get; } = options ?? PromiseOptions.Default;

    /// <summary>The traces of <paramref name="report"/>'s commitments; <paramref name="next"/> is the agency's report of the next year, or null.</summary>
    public IReadOnlyList<PromiseTrace> Track(Report report, Report? next)
    {
        if (report.Year is not { } year) return [];
        var pairs = (next is null ? [] : Pairs(report, next)).ToLookup(p => (object)p.Commitment, ReferenceEqualityComparer.Instance);
        var traces = new List<PromiseTrace>();
        foreach (var commitment in report.Commitments)
        {
            if (next is null)
            {
                traces.Add(new PromiseTrace(report.Id, year, commitment.Text, commitment.Themes, commitment.SourceStart, commitment.SourceEnd, null, null, null, null, []));
                continue;
            }
            var links = pairs[commitment].Select(ToLink).ToList();
            PromiseLink? Best(StatementKind kind) => links.Where(l => l.Kind == kind).MaxBy(l => l.Score);
            var (rectification, problem, measure) = (Best(StatementKind.Rectification), Best(StatementKind.Problem), Best(StatementKind.Measure));
            var (cls, link) = problem is not null && problem.Score >= Options.LinkThreshold ? (FollowUpClass.Repeated, problem)
                : rectification is not null && rectification.Score >= Options.LinkThreshold ? (FollowUpClass.FollowedUp, rectification)
                : (FollowUpClass.NoTrace, (PromiseLink?)null);
            var candidates = new[] { rectification, problem, measure }.OfType<PromiseLink>().Where(l => l.Score >= Options.ShowThreshold)
                .OrderByDescending(l => l.Score).ToList();
            traces.Add(new PromiseTrace(report.Id, year, commitment.Text, commitment.Themes, commitment.SourceStart, commitment.SourceEnd,
                next.Id, next.Year, cls, link, candidates));
        }
        return traces;
    }

    /// <summary>Every commitment of <paramref name="report"/> beside every statement of <paramref name="next"/> (the agency's report of the next year), scored.</summary>
    public IEnumerable<PromisePair> Pairs(Report report, Report next)
    {
        if (report.Year is not { } year) yield break;
        if (next.Year != year + 1)
            throw new ArgumentException($"The next report is of {next.Year}, not {year + 1}.", nameof(next));
        var statements = next.Statements.Select(s => (Statement: s, Kind: PlannedMeasures.KindOf(next, s), Vector: StatementVectors.Of(s.Text, weights),
            Aspects: WeaknessAspects.Of(s.Text), LeadIn: GenericStatements.IsLeadIn(s.Text))).ToList();
        foreach (var commitment in report.Commitments)
        {
            var vector = StatementVectors.Of(commitment.Text, weights);
            var aspects = WeaknessAspects.Of(commitment.Text);
            foreach (var s in statements)
            {
                var features = new PairFeatures(vector.WholeSimilarity(s.Vector), vector.ClauseSimilarity(s.Vector),
                    Jaccard(Counted(commitment.Themes), Counted(s.Statement.Themes)), Jaccard(aspects, s.Aspects), aspects.Intersect(s.Aspects).ToList(),
                    s.LeadIn, aspects.Count == 0 || s.Aspects.Count == 0);
                yield return new PromisePair(commitment, s.Statement, s.Kind, features, Options.Score(features));
            }
        }
    }

    private static PromiseLink ToLink(PromisePair pair) =>
        new(pair.Kind, pair.Statement.Text, pair.Statement.Themes, Counted(pair.Commitment.Themes).Intersect(Counted(pair.Statement.Themes)).ToList(),
            Math.Max(pair.Features.Whole, pair.Features.Clause), pair.Score, pair.Statement.SourceStart, pair.Statement.SourceEnd);

    private static double Jaccard(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Intersect(b).Count() / union;
    }

    private static IReadOnlyList<string> Counted(IEnumerable<string> themes) => themes.Where(t => t != ThemeIds.Other).Distinct().ToList();
}
