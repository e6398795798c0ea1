namespace SearchMining.Api.Contracts;

/// <summary>A page of check results across the corpus, and per rule the report counts of the reports selected (agency, year).</summary>
internal sealed record CheckListResponse(int Total, int Offset, IReadOnlyList<CheckRow> Items, IReadOnlyList<RuleStatusCount> Rules);
