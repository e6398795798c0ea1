namespace SearchMining.Corpus.Checks;

/// <summary>How many of the selected reports a rule passes, fails, leaves uncertain or cannot assess (a report counts once, by <see cref="Core.Domain.ReportChecks.StatusOf"/>).</summary>
public sealed record RuleCount(string Rule, int Pass, int Fail, int Uncertain, int NotAssessable);
