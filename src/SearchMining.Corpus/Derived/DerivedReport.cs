using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Derived;

/// <summary>What the derived store keeps of a report to find its agency's other years (id, agency, year, file), and what its view tables keep of it.</summary>
internal sealed record DerivedReport(string Id, string? Agency, int? Year, string SourceFile, ReportView View)
{
    /// <summary>The agency key the year-over-year rules compare by (<see cref="AgencyNameHistory"/>).</summary>
    public string? HistoryKey => AgencyNameHistory.KeyOf(Agency);

    public static DerivedReport Of(Report report) => new(report.Id, report.Agency, report.Year, report.SourceFile, ReportView.Of(report));
}
