using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Errors;
using SearchMining.Corpus;
using SearchMining.Index.Searching;

namespace SearchMining.Api.Endpoints;

internal static class SectionEndpoints
{
    public static void MapSectionEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/sections/{id}/similar", Similar).WithTags("Search").WithName("SimilarSections")
            .WithSummary("Sections whose text is like this one's in other reports (id: {reportId}#{ordinal}, URL-encoded: %23); otherAgencies=true also leaves out the same agency's other years.")
            .Produces<SearchResults>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static IResult Similar(string id, int? size, bool? otherAgencies, ReportCorpus corpus, IOptions<SearchMiningOptions> options)
    {
        var check = new QueryParameters();
        var limit = check.PageSize(size, options.Value);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        var outcome = corpus.Search.Similar(id, limit, otherAgencies ?? false);
        return outcome.Results is { } results ? TypedResults.Ok(results) : ApiProblems.FromSearchError(outcome.Error!);
    }
}
