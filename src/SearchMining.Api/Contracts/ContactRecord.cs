using SearchMining.Core.Domain;

namespace SearchMining.Api.Contracts;

internal sealed record ContactRecord(string ReportId, string? Agency, RegionInfo Region, int? Year, ContactInfo Contact);
