using SearchMining.Workflows.Citations;

namespace SearchMining.Api.Contracts;

/// <param name="Citation">The citation line and what it names.</param>
/// <param name="Source">Where the report came from (catalog, upload or unknown).</param>
/// <param name="OriginalUrl">Where to download the original file, or null when the service does not keep it.</param>
internal sealed record CitationResponse(string ReportId, Citation Citation, ReportSource Source, string? OriginalUrl);
