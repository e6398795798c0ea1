using SearchMining.Core.Domain;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Promises;

/// <summary>
/// Links each commitment of a year-N report to the same agency's year-N+1 rectification and problem statements by
/// word similarity (whole statements or their best pair of clauses) and shared themes, and classes it: <see cref="FollowUpClass.Repeated"/> when a problem statement
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
        if (next is not null && next.Year != year + 1)
            throw new ArgumentException($"The next report is of {next.Year}, not {year + 1}.", nameof(next));
        var statements = next?.Statements.Select(s => (Statement: s, Vector: StatementVectors.Of(s.Text, weights))).ToList() ?? [];
        var traces = new List<PromiseTrace>();
        foreach (var commitment in report.Commitments)
        {
            if (next is null)
            {
                traces.Add(new PromiseTrace(report.Id, year, commitment.Text, commitment.Themes, commitment.SourceStart, commitment.SourceEnd, null, null, null, null, []));
                continue;
            }
            var vector = StatementVectors.Of(commitment.Text, weights);
            var links = statements.Select(s => Link(commitment, vector, s.Statement, s.Vector)).ToList();
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

    private PromiseLink Link(Commitment commitment, StatementVectors vector, Statement statement, StatementVectors statementVector)
    {
        var text = vector.Similarity(statementVector);
        var mine = Counted(commitment.Themes);
        var theirs = Counted(statement.Themes);
        var shared = mine.Intersect(theirs).ToList();
        var union = mine.Union(theirs).Count();
        var themes = union == 0 ? 0 : (double)shared.Count / union;
        var score = Options.TextWeight * text + (1 - Options.TextWeight) * themes;
        return new PromiseLink(statement.Kind, statement.Text, statement.Themes, shared, text, score, statement.SourceStart, statement.SourceEnd);
    }

    private static IReadOnlyList<string> Counted(IEnumerable<string> themes) => themes.Where(t => t != ThemeIds.Other).Distinct().ToList();
}
