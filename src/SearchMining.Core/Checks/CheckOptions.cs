using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>The limits and thresholds of the checks, defined once (configurable by the CLI and the Api).</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    /// <summary>Blank cells allowed in one table (二, 三 or 四) before <c>check-table-cells</c> fails: the template asks for a number in every cell.</summary>
    public int MaxBlankCells { get; init; } = 0;

    /// <summary>Section 五 shorter than this (characters of clean text, heading excluded) fails <c>check-problems-present</c>.</summary>
    public int ProblemsMinChars { get; init; } = 60;

    /// <summary>Reuse of section 五 against last year's at or above this fails <c>check-problems-reuse</c>.</summary>
    public double ReuseFailAt { get; init; } = 0.5;

    /// <summary>Reuse below this passes; between the two the result is uncertain.</summary>
    public double ReusePassBelow { get; init; } = 0.2;

    /// <summary>Specificity of section 五 (0–1) at or above this passes <c>check-problems-specificity</c>.</summary>
    public double SpecificityPassAt { get; init; } = 0.5;

    /// <summary>Specificity below this fails; between the two the result is uncertain.</summary>
    public double SpecificityFailBelow { get; init; } = 0.25;

    public DeadlineOptions Deadlines { get; init; } = new();
}

/// <summary>Publication deadlines (条例第四十九条 since the 2019 revision; 第三十一条 of the 2007 条例 before).</summary>
public sealed record DeadlineOptions
{
    /// <summary>First report year under the revised 条例 (in force 2019-05-15; the 2019 reports were the first due under it).</summary>
    public int RevisedFromYear { get; init; } = 2019;

    /// <summary>县级以上人民政府部门: by 31 January of the next year (第四十九条第一款).</summary>
    public MonthDay Department { get; init; } = new(1, 31);

    /// <summary>县级以上地方人民政府's own report: by 31 March (第四十九条第二款).</summary>
    public MonthDay Government { get; init; } = new(3, 31);

    /// <summary>Before the revision every agency had until 31 March (2007 条例第三十一条).</summary>
    public MonthDay BeforeRevision { get; init; } = new(3, 31);

    /// <summary>
    /// Agencies the article does not name (乡镇/街道, a level the parser could not tell): on time by the department
    /// deadline, uncertain up to the government deadline, late after it.
    /// </summary>
    public MonthDay Unnamed { get; init; } = new(1, 31);

    /// <summary>A date this many days or more past the deadline is taken for a later re-publication (a site moved), not the first one: uncertain.</summary>
    public int RepublishedAfterDays { get; init; } = 365;

    public MonthDay? For(AdministrativeLevel level, int reportYear) =>
        reportYear < RevisedFromYear ? BeforeRevision : level switch
        {
            AdministrativeLevel.Department => Department,
            AdministrativeLevel.Province or AdministrativeLevel.City or AdministrativeLevel.County => Government,
            _ => null,
        };
}

/// <summary>A day of the year after the report year (the deadline falls in year + 1).</summary>
public sealed record MonthDay(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    public override string ToString() => $"{Month}月{Day}日";
}
