namespace SearchMining.Mining.YearOverYear;

/// <summary>A section as numbered and titled in its report (二、主动公开政府信息情况).</summary>
public sealed record SectionHeading(string Number, string Title);
