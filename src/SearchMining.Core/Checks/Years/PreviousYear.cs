using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Years;

/// <summary>Whether a year-over-year rule can compare: a previous report is given and it is of the year before.</summary>
internal static class PreviousYear
{
    /// <param name="adjacent">The rule needs the report of exactly the year before (carry-over, 现行有效); otherwise any earlier year will do.</param>
    public static CheckResult? Mismatch(string rule, Report report, Report? previous, bool adjacent = true)
    {
        if (previous is null)
            return new(rule, CheckStatus.NotAssessable, "No report of the same agency for the year before is known.");
        if (report.Year is null || previous.Year is null || (adjacent ? previous.Year != report.Year - 1 : previous.Year >= report.Year))
            return new(rule, CheckStatus.NotAssessable, $"The previous report is of {previous.Year?.ToString() ?? "an unknown year"}, not of {report.Year - 1}.");
        return null;
    }
}
