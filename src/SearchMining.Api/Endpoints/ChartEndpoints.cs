using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Contracts;
using SearchMining.Api.Errors;
using SearchMining.Corpus.Views;
using SearchMining.Workflows;
using SearchMining.Workflows.Charts;

namespace SearchMining.Api.Endpoints;

/// <summary>Charts: where a query's hits fall per year and per region; theme trends per region.</summary>
internal static class ChartEndpoints
{
    public static void MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/charts/hits", Hits).WithTags("Charts").WithName("HitHistogram")
            .WithSummary("Matching reports and sections of a search per year (every year from the first to the last) and per region (by = province | city | county); the search parameters of /api/search (level filters reports by administrative level, as there).")
            .Produces<HitHistogram>()
            .ProducesValidationProblem();
        app.MapGet("/api/themes/regions", Trends).WithTags("Charts").WithName("ThemeTrendsByRegion")
            .WithSummary("Theme counts of the section-五 statements per region (by = province | city | county) and year; agency, region (part of the name) and year narrow the reports.")
            .Produces<ThemeTrendsResponse>();
    }

    private static IResult Hits([AsParameters] SearchParameters parameters, string? by, ReportWorkflows workflows, IOptions<SearchMiningOptions> options,
        CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var request = SearchRequestBinder.Bind(parameters with { Size = null, Cursor = null, Group = null }, options.Value, check);
        var regionLevel = Level(by, check);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        var (histogram, error) = workflows.Histogram(request, regionLevel, cancellationToken);
        return histogram is not null ? TypedResults.Ok(histogram) : ApiProblems.FromSearchError(error!);
    }

    private static IResult Trends(ReportWorkflows workflows, string? by, string? agency, string? region, int? year, CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var regionLevel = Level(by, check);
        check.Year(year);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        var reports = workflows.Corpus.Reports.ViewRows(cancellationToken).Where(new ReportSelection(agency, region, year).Matches);
        var themes = ThemeCatalog.Themes.Select(t => new ThemeLabel(t.Id, t.Label)).ToList();
        return TypedResults.Ok(new ThemeTrendsResponse(regionLevel, themes, ThemeTrends.ByRegion(reports, regionLevel)));
    }

    private static string Level(string? by, QueryParameters check)
    {
        if (string.IsNullOrWhiteSpace(by)) return RegionLevels.Province;
        var value = by.Trim().ToLowerInvariant();
        if (RegionLevels.IsKnown(value)) return value;
        check.Add("by", $"Unknown region level '{by}'; use one of: {string.Join(", ", RegionLevels.All)}.");
        return RegionLevels.Province;
    }
}
