using SearchMining.Core.Domain;

namespace SearchMining.Mining.YearOverYear;

/// <summary>Which report a comparison side is.</summary>
public sealed record ReportRef(string Id, string SourceFile, string? Agency, int? Year, ReportTemplate Template)
{
    public static ReportRef Of(Report report) => new(report.Id, report.SourceFile, report.Agency, report.Year, report.Template);
}
