using SearchMining.Api.Configuration;
using SearchMining.Index.Searching;
using SearchMining.Workflows.Queries;

namespace SearchMining.Api.Endpoints;

/// <summary>Turns the query string of /api/search and /api/export into a <see cref="SearchRequest"/>, recording bad parameters.</summary>
internal static class SearchRequestBinder
{
    public const int MaxQueryLength = QuerySpec.MaxQueryLength;

    public static SearchRequest Bind(SearchParameters p, SearchMiningOptions options, QueryParameters check)
    {
        var (yearFrom, yearTo) = Years(p.Year, check);
        var sort = SearchSort.Relevance;
        if (!string.IsNullOrWhiteSpace(p.Sort) && !Enum.TryParse(p.Sort, ignoreCase: true, out sort))
            check.Add("sort", $"Unknown sort '{p.Sort}'; use relevance, year or date.");
        var group = false;
        if (!string.IsNullOrWhiteSpace(p.Group))
        {
            if (p.Group.Equals("report", StringComparison.OrdinalIgnoreCase)) group = true;
            else if (!p.Group.Equals("section", StringComparison.OrdinalIgnoreCase)) check.Add("group", $"Unknown group '{p.Group}'; use report or section.");
        }
        var size = check.PageSize(p.Size, options);
        var expand = true;
        if (!string.IsNullOrWhiteSpace(p.Expand) && !bool.TryParse(p.Expand, out expand))
            check.Add("expand", $"'{p.Expand}' is not true or false.");
        if (p.Q is { Length: > MaxQueryLength }) check.Add("q", $"The query is longer than {MaxQueryLength} characters.");
        foreach (var theme in Values(p.Theme))
            check.Theme(theme);
        return new SearchRequest(p.Q ?? "")
        {
            Filters = new SearchFilters
            {
                Agencies = Values(p.Agency),
                Regions = Values(p.Region),
                Levels = Values(p.Level),
                YearFrom = yearFrom,
                YearTo = yearTo,
                Sections = Values(p.Section),
                Themes = Values(p.Theme),
                Kinds = Values(p.Kind),
                Checks = Values(p.Checks),
            },
            Sort = sort,
            Size = size,
            Cursor = string.IsNullOrWhiteSpace(p.Cursor) ? null : p.Cursor,
            GroupByReport = group,
            Expand = expand,
        };
    }

    private static IReadOnlyList<string> Values(string[]? values) =>
        values is null ? [] : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();

    /// <summary><c>2023</c>, or a range <c>2019..2023</c> (either end may be left open).</summary>
    private static (int? From, int? To) Years(string? year, QueryParameters check)
    {
        if (YearRange.TryParse(year, out var from, out var to, out var error)) return (from, to);
        check.Add("year", error!);
        return (null, null);
    }
}
