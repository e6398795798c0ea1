namespace SearchMining.Mining.Recurrence;

/// <summary>
/// In one year: how many agencies name the theme as a problem, out of how many agencies have a report of that year
/// with at least one problem statement, and the share.
/// </summary>
public sealed record ThemeYearCount(int Year, int Agencies, int Reporting)
{
    public double Share => Reporting == 0 ? 0 : (double)Agencies / Reporting;
}
