using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Checks;

/// <summary>One page of check result rows (each with its report's id, file, agency, year and previous report; no other results) and how many rows match.</summary>
public sealed record CheckPage(int Total, IReadOnlyList<(ReportChecks Report, CheckResult Result)> Rows);
