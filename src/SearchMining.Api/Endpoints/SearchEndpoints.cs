using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Errors;
using SearchMining.Corpus;
using SearchMining.Index.Searching;

namespace SearchMining.Api.Endpoints;

internal static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/search", Search).WithTags("Search").WithName("Search")
            .WithSummary("Full-text search over report sections: hits with highlighted snippets, facets, total and the next page's cursor.")
            .Produces<SearchResults>()
            .ProducesValidationProblem();

    private static IResult Search([AsParameters] SearchParameters parameters, ReportCorpus corpus, IOptions<SearchMiningOptions> options)
    {
        var check = new QueryParameters();
        var request = SearchRequestBinder.Bind(parameters, options.Value, check);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        var outcome = corpus.Search.Search(request);
        return outcome.Results is { } results ? TypedResults.Ok(results) : ApiProblems.FromSearchError(outcome.Error!);
    }
}
