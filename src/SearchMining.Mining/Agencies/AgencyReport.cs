using SearchMining.Core.Domain;

namespace SearchMining.Mining.Agencies;

/// <summary>What agency resolution reads of a report: its names, region, level and year.</summary>
public sealed record AgencyReport(string ReportId, string SourceFile, string? Agency, string? AgencyAsWritten, RegionInfo Region, AdministrativeLevel Level, int? Year)
{
    public static AgencyReport Of(Report report) =>
        new(report.Id, report.SourceFile, report.Agency, report.AgencyAsWritten, report.Region, report.Level, report.Year);

    /// <summary>The name resolution starts from: the agency as completed by the parser, else as written.</summary>
    public string? Name => string.IsNullOrWhiteSpace(Agency) ? string.IsNullOrWhiteSpace(AgencyAsWritten) ? null : AgencyAsWritten : Agency;
}
