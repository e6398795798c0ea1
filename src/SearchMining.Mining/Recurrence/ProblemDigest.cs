using SearchMining.Core.Domain;
using SearchMining.Core.Themes;

namespace SearchMining.Mining.Recurrence;

/// <summary>
/// What the corpus-wide recurrence summary reads of one report: how many problem statements (kind
/// <see cref="StatementKind.Problem"/>) its section 五 has, and the distinct themes they carry that count (known, not
/// <see cref="ThemeIds.Other"/>), in taxonomy order. Small enough to be stored per report at ingest, so that the summary
/// never reads a statement.
/// </summary>
public sealed record ProblemDigest(int Problems, IReadOnlyList<string> Themes)
{
    public static ProblemDigest Of(IEnumerable<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var problems = statements.Where(s => s.Kind == StatementKind.Problem).ToList();
        return new ProblemDigest(problems.Count, RecurrenceAnalyzer.CountedThemes(problems.SelectMany(s => s.Themes)));
    }
}
