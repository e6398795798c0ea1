using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Years;

/// <summary>Whether a year-over-year rule can compare: a previous report is given and it is of the year before.</summary>
internal static class PreviousYear
{
    public static CheckResult? Mismatch(string rule, Report report, Report? previous)
    {
        if (previous is null)
            return new(rule, CheckStatus.NotAssessable, "No report of the same agency for the year before is known.");
        if (report.Year is null || previous.Year != report.Year - 1)
            return new(rule, CheckStatus.NotAssessable, $"The previous report is of {previous.Year?.ToString() ?? "an unknown year"}, not of {report.Year - 1}.");
        return null;
    }
}
