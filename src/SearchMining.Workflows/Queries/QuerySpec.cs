using SearchMining.Corpus.Views;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Workflows.Queries;

/// <summary>
/// A search as a person writes it down — the query text and filters — under the same names as the search URL's
/// parameters (<c>q</c>, <c>agency</c>, <c>region</c>, <c>level</c>, <c>year</c>, <c>section</c>, <c>theme</c>, <c>kind</c>, <c>checks</c>).
/// Saved searches keep it as a query string; batch lines give it as columns.
/// </summary>
public sealed record QuerySpec
{
    public const string QueryKey = "q";

    /// <summary>Longest query text accepted from people (the API's limit too).</summary>
    public const int MaxQueryLength = 500;

    /// <summary>Filter names, in canonical order.</summary>
    public static IReadOnlyList<string> FilterKeys => FacetDimensions.All;

    public string Query { get; init; } = "";

    /// <summary>Filter name → values (OR within a name, AND across names); a value may hold several, comma-separated.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public static bool IsKey(string key) => key == QueryKey || FilterKeys.Contains(key);

    /// <summary>From name/value pairs (a query string, CSV columns); unknown names and blank values are ignored by the caller's choice.</summary>
    public static QuerySpec From(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        var query = "";
        var filters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (rawKey, rawValue) in pairs)
        {
            var key = rawKey.Trim().ToLowerInvariant();
            var value = rawValue?.Trim() ?? "";
            if (value.Length == 0) continue;
            if (key == QueryKey) query = value;
            else if (FilterKeys.Contains(key))
            {
                if (!filters.TryGetValue(key, out var list)) filters[key] = list = [];
                list.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(v => !list.Contains(v)));
            }
        }
        return new QuerySpec { Query = query, Filters = filters.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal) };
    }

    /// <summary>From a URL query string (<c>q=培训&amp;year=2023</c>, with or without the leading ?); other parameters are left out.</summary>
    public static QuerySpec FromQueryString(string? queryString)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var part in (queryString ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var key = Uri.UnescapeDataString((eq < 0 ? part : part[..eq]).Replace('+', ' '));
            var value = eq < 0 ? "" : Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' '));
            pairs.Add(new(key, value));
        }
        return From(pairs);
    }

    /// <summary>The canonical query string: q first, then the filters in <see cref="FilterKeys"/> order.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Query.Length > 0) parts.Add(QueryKey + "=" + Uri.EscapeDataString(Query));
        foreach (var key in FilterKeys)
            if (Filters.TryGetValue(key, out var values) && values.Count > 0)
                parts.Add(key + "=" + Uri.EscapeDataString(string.Join(',', values)));
        return string.Join('&', parts);
    }

    /// <summary>The filters as one readable line (<c>agency=淮安市人民政府; year=2023</c>).</summary>
    public string DescribeFilters() =>
        string.Join("; ", FilterKeys.Where(k => Filters.TryGetValue(k, out var v) && v.Count > 0).Select(k => k + "=" + string.Join(',', Filters[k])));

    private IReadOnlyList<string> Values(string key) => Filters.TryGetValue(key, out var v) ? v : [];

    /// <summary>
    /// The search request, or the first problem found in the values the engine does not check itself (query length,
    /// year range, theme id). Query syntax and the other filter values are checked when the request runs.
    /// </summary>
    public (SearchRequest? Request, QuerySpecError? Error) ToRequest(int size = SearchRequest.DefaultSize, int snippets = 3)
    {
        if (Query.Length > MaxQueryLength)
            return (null, new QuerySpecError(QueryKey, nameof(SearchErrorKind.InvalidValue), $"The query is longer than {MaxQueryLength} characters."));
        var years = Values(FacetDimensions.Year);
        if (years.Count > 1)
            return (null, new QuerySpecError(FacetDimensions.Year, nameof(SearchErrorKind.InvalidValue), "Give one year or one range like 2019..2023."));
        if (!YearRange.TryParse(years.FirstOrDefault(), out var from, out var to, out var yearError))
            return (null, new QuerySpecError(FacetDimensions.Year, nameof(SearchErrorKind.InvalidValue), yearError!));
        foreach (var theme in Values(FacetDimensions.Theme))
            if (!ThemeCatalog.IsKnown(theme))
                return (null, new QuerySpecError(FacetDimensions.Theme, nameof(SearchErrorKind.InvalidValue),
                    $"Unknown theme '{theme}'; use one of: {string.Join(", ", ThemeCatalog.Themes.Select(t => t.Id))}."));
        return (new SearchRequest(Query)
        {
            Filters = new SearchFilters
            {
                Agencies = Values(FacetDimensions.Agency),
                Regions = Values(FacetDimensions.Region),
                Levels = Values(FacetDimensions.Level),
                YearFrom = from,
                YearTo = to,
                Sections = Values(FacetDimensions.Section),
                Themes = Values(FacetDimensions.Theme),
                Kinds = Values(FacetDimensions.Kind),
                Checks = Values(FacetDimensions.Checks),
            },
            Size = size,
            Snippets = snippets,
        }, null);
    }

    /// <summary>A search error as a spec error on the parameter it concerns.</summary>
    public static QuerySpecError FromSearchError(SearchError error) =>
        new(error.Field is { } field && error.Position is null && FilterKeys.Contains(field) ? field : QueryKey, error.Kind.ToString(), error.Message);
}
