using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

public sealed record TablesResult(ReportTables Tables, IReadOnlyList<ParseWarning> Warnings);
