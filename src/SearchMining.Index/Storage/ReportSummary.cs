using SearchMining.Core.Domain;

namespace SearchMining.Index.Storage;

/// <summary>One line of a report listing (the whole report: <see cref="ReportIndex.GetReport"/>).</summary>
public sealed record ReportSummary(
    string Id,
    string SourceFile,
    string? Agency,
    RegionInfo Region,
    AdministrativeLevel Level,
    int? Year,
    DateOnly? PublishDate,
    int Sections);
