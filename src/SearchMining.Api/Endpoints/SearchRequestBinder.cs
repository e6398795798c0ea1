using System.Globalization;
using SearchMining.Api.Configuration;
using SearchMining.Index.Searching;

namespace SearchMining.Api.Endpoints;

/// <summary>Turns the query string of /api/search and /api/export into a <see cref="SearchRequest"/>, recording bad parameters.</summary>
public static class SearchRequestBinder
{
    public const int MaxQueryLength = 500;

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
        };
    }

    private static IReadOnlyList<string> Values(string[]? values) =>
        values is null ? [] : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();

    /// <summary><c>2023</c>, or a range <c>2019..2023</c> (either end may be left open).</summary>
    private static (int? From, int? To) Years(string? year, QueryParameters check)
    {
        if (string.IsNullOrWhiteSpace(year)) return (null, null);
        var parts = year.Split("..");
        if (parts.Length > 2) { check.Add("year", $"'{year}' is not a year or a range like 2019..2023."); return (null, null); }
        int? Parse(string text)
        {
            if (text.Length == 0 && parts.Length == 2) return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100) return y;
            check.Add("year", $"'{year}' is not a year (1990…2100) or a range like 2019..2023.");
            return null;
        }
        var from = Parse(parts[0].Trim());
        var to = parts.Length == 2 ? Parse(parts[1].Trim()) : from;
        if (from > to) check.Add("year", $"The year range '{year}' is empty.");
        return (from, to);
    }
}
