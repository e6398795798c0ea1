namespace SearchMining.Mining.YearOverYear;

/// <summary>Names of the three tables in a comparison.</summary>
public static class TableNames
{
    public const string Proactive = "proactive";
    public const string Applications = "applications";
    public const string ReviewLitigation = "review-litigation";
}
