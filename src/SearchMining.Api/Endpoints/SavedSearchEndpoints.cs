using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchMining.Api.Contracts;
using SearchMining.Api.Errors;
using SearchMining.Workflows;
using SearchMining.Workflows.Queries;
using SearchMining.Workflows.SavedSearches;

namespace SearchMining.Api.Endpoints;

/// <summary>
/// Saved searches and their alerts: save a search under a name; each look at it runs it again, and reports it did not
/// match before (newly ingested) are its new hits until marked as seen; an Atom feed per saved search. Saved searches
/// are the readers' own state, not corpus data: like searches they need no key.
/// </summary>
internal static class SavedSearchEndpoints
{
    public static void MapSavedSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/saved-searches").WithTags("Saved searches");
        group.MapGet("/", List).WithName("ListSavedSearches").WithSummary("Every saved search, run again now: reports it matches and how many are new.");
        group.MapPost("/", Create).WithName("SaveSearch").WithSummary("Save a search: { name, search: \"q=…&agency=…&year=…\" }.").DisableAntiforgery();
        group.MapGet("/{id}", Get).WithName("GetSavedSearch").WithSummary("One saved search, run again now.");
        group.MapGet("/{id}/hits", Hits).WithName("SavedSearchHits").WithSummary("Its matched reports with their best section, newest first (new=true: only the new ones).");
        group.MapPost("/{id}/seen", Seen).WithName("MarkSavedSearchSeen").WithSummary("Mark its current hits as seen: they are no longer new.").DisableAntiforgery();
        group.MapDelete("/{id}", Delete).WithName("DeleteSavedSearch").WithSummary("Delete a saved search.");
        group.MapGet("/{id}/feed", Feed).WithName("SavedSearchFeed").WithSummary("Its Atom feed: one entry per matched report, newest first.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
    }

    private static Ok<IReadOnlyList<SavedSearchView>> List(ReportWorkflows workflows) =>
        TypedResults.Ok<IReadOnlyList<SavedSearchView>>(workflows.SavedSearches.List().Select(SavedSearchView.From).ToList());

    private static IResult Create(SavedSearchRequest? body, ReportWorkflows workflows)
    {
        if (body is null) return ApiProblems.Invalid("body", "Send { \"name\": …, \"search\": \"q=…\" } as JSON.", ErrorKinds.InvalidParameter);
        var spec = QuerySpec.FromQueryString(body.Search);
        var (search, error) = workflows.SavedSearches.Create(body.Name, spec);
        if (error is not null) return Problem(error);
        var status = workflows.SavedSearches.Status(search!.Id)!;
        return TypedResults.Created($"/api/saved-searches/{search.Id}", SavedSearchView.From(status));
    }

    private static IResult Get(ReportWorkflows workflows, string id) =>
        workflows.SavedSearches.Status(id) is { } status ? TypedResults.Ok(SavedSearchView.From(status)) : Unknown(id);

    private static IResult Hits(ReportWorkflows workflows, string id, bool? @new, int? size)
    {
        var check = new QueryParameters();
        if (size is < 1 or > SavedSearchService.MaxEntries) check.Add("size", $"size must be between 1 and {SavedSearchService.MaxEntries}.");
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        if (workflows.SavedSearches.Entries(id, @new ?? false, size ?? SavedSearchService.MaxEntries) is not { } found) return Unknown(id);
        var hits = found.Entries.Select(e => new SavedSearchHit(e.Match.FirstMatchedAt, !e.Match.Seen, e.Hit)).ToList();
        return TypedResults.Ok(new SavedSearchHits(SavedSearchView.From(found.Status), hits));
    }

    private static IResult Seen(ReportWorkflows workflows, string id) =>
        workflows.SavedSearches.MarkSeen(id) ? TypedResults.Ok(SavedSearchView.From(workflows.SavedSearches.Status(id)!)) : Unknown(id);

    private static IResult Delete(ReportWorkflows workflows, string id) =>
        workflows.SavedSearches.Delete(id) ? TypedResults.NoContent() : Unknown(id);

    private static IResult Feed(ReportWorkflows workflows, HttpRequest request, string id)
    {
        if (workflows.SavedSearches.Entries(id, newOnly: false) is not { } found) return Unknown(id);
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var xml = AtomFeedWriter.Write(found.Status.Search, found.Entries, baseUrl, baseUrl + request.Path);
        return TypedResults.Text(xml, AtomFeedWriter.ContentType, Encoding.UTF8);
    }

    private static IResult Problem(SavedSearchError error) => error.Kind switch
    {
        SavedSearchError.NameTaken => ApiProblems.Conflict("Name taken", error.Message, error.Kind),
        SavedSearchError.TooManySavedSearches => ApiProblems.Conflict("Too many saved searches", error.Message, error.Kind),
        _ => ApiProblems.Invalid(error.Field ?? "search", error.Message, error.Kind),
    };

    private static IResult Unknown(string id) =>
        ApiProblems.NotFound("Unknown saved search", $"No saved search with id '{id}'.", ErrorKinds.UnknownSavedSearch);
}
