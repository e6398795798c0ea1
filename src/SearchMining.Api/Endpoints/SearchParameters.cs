using Microsoft.AspNetCore.Mvc;

namespace SearchMining.Api.Endpoints;

/// <summary>Query-string parameters of /api/search and /api/export. Filter parameters may repeat or hold comma-separated values.</summary>
internal sealed record SearchParameters
{
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "agency")] public string[]? Agency { get; init; }
    [FromQuery(Name = "region")] public string[]? Region { get; init; }
    [FromQuery(Name = "level")] public string[]? Level { get; init; }
    /// <summary>A year (2023) or a range (2019..2023).</summary>
    [FromQuery(Name = "year")] public string? Year { get; init; }
    [FromQuery(Name = "section")] public string[]? Section { get; init; }
    [FromQuery(Name = "theme")] public string[]? Theme { get; init; }
    [FromQuery(Name = "kind")] public string[]? Kind { get; init; }
    /// <summary>Quality rules the report fails (check-deadline …).</summary>
    [FromQuery(Name = "checks")] public string[]? Checks { get; init; }
    /// <summary>relevance (default), year or date.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "size")] public int? Size { get; init; }
    [FromQuery(Name = "cursor")] public string? Cursor { get; init; }
    /// <summary>report: one hit per report with its best sections; section (default).</summary>
    [FromQuery(Name = "group")] public string? Group { get; init; }
    /// <summary>true (default): also match related words of the query words, marked as such; false: only the words as written.</summary>
    [FromQuery(Name = "expand")] public string? Expand { get; init; }
}
