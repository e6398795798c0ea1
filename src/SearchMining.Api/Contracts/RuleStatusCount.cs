namespace SearchMining.Api.Contracts;

/// <summary>How many reports a rule passes, fails, leaves uncertain or cannot assess (a report counts once: FAIL if any of its results fails).</summary>
internal sealed record RuleStatusCount(string Rule, string Title, int Pass, int Fail, int Uncertain, int NotAssessable);
