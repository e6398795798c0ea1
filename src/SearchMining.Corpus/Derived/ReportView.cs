using SearchMining.Core.Domain;
using SearchMining.Index.Views;
using SearchMining.Mining.Recurrence;

namespace SearchMining.Corpus.Derived;

/// <summary>What the view tables of the derived store keep of a report (<see cref="ViewTables"/>): its view row, its commitments and its problem digest (recurrence).</summary>
internal sealed record ReportView(ReportViewRow Row, IReadOnlyList<Commitment> Commitments, ProblemDigest Problems)
{
    public static ReportView Of(Report report) => new(ReportViewRow.Of(report), report.Commitments, ProblemDigest.Of(report.Statements));
}
