namespace SearchMining.Corpus.Derived;

/// <summary>
/// One bucket of an agency's aggregate row in <see cref="ViewTables"/>: the reports of one year (null: no year), their
/// section-五 statements, how many carry a theme, and per theme how many carry it.
/// </summary>
internal sealed record AgencyYearTally(int? Year, int Reports, int Statements, int Classified, Dictionary<string, int> Counts);
