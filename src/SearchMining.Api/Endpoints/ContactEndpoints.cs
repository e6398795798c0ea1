using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Contracts;
using SearchMining.Corpus;
using SearchMining.Corpus.Views;
using SearchMining.Api.Errors;

namespace SearchMining.Api.Endpoints;

internal static class ContactEndpoints
{
    public static void MapContactEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/contacts", List).WithTags("Mining").WithName("ListContacts")
            .WithSummary("Contact details (address, phones, e-mail, website) per agency and year; agency/region: part of the name.");

    private static Results<Ok<ListResponse<ContactRecord>>, ValidationProblem> List(
        ReportCorpus corpus, IOptions<SearchMiningOptions> options, string? agency, string? region, int? year, int? size, int? offset,
        CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var limit = check.PageSize(size, options.Value);
        var from = check.Offset(offset);
        check.Year(year);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        var page = corpus.Reports.Contacts(new ReportSelection(agency, region, year), from, limit, cancellationToken);
        var items = page.Items.Select(r => new ContactRecord(r.Id, r.Agency, r.Region, r.Year, r.Contact!)).ToList();
        return TypedResults.Ok(new ListResponse<ContactRecord>(page.Total, from, items));
    }
}
