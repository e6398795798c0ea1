using SearchMining.Core.Domain;
using SearchMining.Index.Views;

namespace SearchMining.Corpus.Views;

/// <summary>A commitment with the report it is made in: its agency and year are the commitment's own, else the report's.</summary>
public sealed record ReportCommitment(ReportViewRow Report, Commitment Commitment)
{
    public string? Agency => Commitment.Agency ?? Report.Agency;

    public int? Year => Commitment.Year ?? Report.Year;

    /// <summary>The order of <c>/api/commitments</c>: newest year first, then agency (ordinal).</summary>
    public static IComparer<ReportCommitment> Order { get; } = Comparer<ReportCommitment>.Create((a, b) =>
    {
        var byYear = Comparer<int?>.Default.Compare(b.Year, a.Year);
        return byYear != 0 ? byYear : StringComparer.Ordinal.Compare(a.Agency, b.Agency);
    });
}
