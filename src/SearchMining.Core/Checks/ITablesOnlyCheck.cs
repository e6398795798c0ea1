namespace SearchMining.Core.Checks;

/// <summary>
/// A rule whose results depend on the report's tables and template alone (not its text, not the previous report): the
/// same tables give the same results, so <see cref="ReportChecker"/> runs it once per tables (<see cref="TablesOnlyResults"/>)
/// — the parser's warnings and the stored checks of one parse share the run.
/// </summary>
public interface ITablesOnlyCheck : IReportCheck;
