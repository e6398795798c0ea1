using SearchMining.Api.Configuration;
using SearchMining.Corpus.Views;
using SearchMining.Workflows.Queries;

namespace SearchMining.Api.Endpoints;

/// <summary>Checks of query parameters shared by the endpoints; each problem is recorded under the parameter's name.</summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public IDictionary<string, string[]> Errors => _errors;

    public void Add(string parameter, string message) =>
        _errors[parameter] = _errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];

    /// <summary>Page size: default when absent, 1…max otherwise.</summary>
    public int PageSize(int? size, SearchMiningOptions options, string parameter = "size")
    {
        if (size is null) return options.DefaultPageSize;
        if (size < 1 || size > options.MaxPageSize) Add(parameter, $"size must be between 1 and {options.MaxPageSize}.");
        return Math.Clamp(size.Value, 1, options.MaxPageSize);
    }

    public int Offset(int? offset)
    {
        if (offset is < 0) Add("offset", "offset must be 0 or more.");
        return Math.Max(0, offset ?? 0);
    }

    /// <summary>A theme filter: absent, or one of the taxonomy's ids.</summary>
    public void Theme(string? theme)
    {
        if (!string.IsNullOrWhiteSpace(theme) && !ThemeCatalog.IsKnown(theme))
            Add("theme", $"Unknown theme '{theme}'; use one of: {string.Join(", ", ThemeCatalog.Themes.Select(t => t.Id))}.");
    }

    public int? Year(int? year)
    {
        if (year is < YearRange.Min or > YearRange.Max) Add("year", $"year must be between {YearRange.Min} and {YearRange.Max}.");
        return year;
    }
}
