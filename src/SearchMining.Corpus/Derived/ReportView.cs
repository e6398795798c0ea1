using SearchMining.Core.Domain;
using SearchMining.Index.Views;

namespace SearchMining.Corpus.Derived;

/// <summary>What the view tables of the derived store keep of a report (<see cref="ViewTables"/>): its view row and its commitments.</summary>
internal sealed record ReportView(ReportViewRow Row, IReadOnlyList<Commitment> Commitments)
{
    public static ReportView Of(Report report) => new(ReportViewRow.Of(report), report.Commitments);
}
