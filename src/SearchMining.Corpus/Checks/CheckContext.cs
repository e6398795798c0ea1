using SearchMining.Core.Comparison;

namespace SearchMining.Corpus.Checks;

/// <summary>What the year-over-year rules compare with: the reports of the same agency, and how text reuse is measured.</summary>
public sealed record CheckContext(IReportHistory History, ITextReuseMeter Reuse);
