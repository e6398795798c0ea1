using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Contracts;
using SearchMining.Corpus;
using SearchMining.Corpus.Views;
using SearchMining.Api.Errors;

namespace SearchMining.Api.Endpoints;

internal static class CommitmentEndpoints
{
    public static void MapCommitmentEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/commitments", List).WithTags("Mining").WithName("ListCommitments")
            .WithSummary("Commitments (下一步…将…) as citable records; q: every word must occur in the text; agency/region: part of the name.");

    private static Results<Ok<ListResponse<CommitmentRecord>>, ValidationProblem> List(
        ReportCorpus corpus, IOptions<SearchMiningOptions> options,
        string? q, string? agency, string? region, int? year, string? theme, int? size, int? offset, CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var limit = check.PageSize(size, options.Value);
        var from = check.Offset(offset);
        check.Year(year);
        check.Theme(theme);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);

        var page = corpus.Reports.Commitments(new CommitmentFilter(q, new ReportSelection(agency, region, year), theme), from, limit, cancellationToken);
        var items = page.Items.Select(c => new CommitmentRecord(c.Report.Id, c.Report.SourceFile, c.Agency, c.Report.Region.MostSpecific, c.Year,
            c.Commitment.Text, c.Commitment.Themes)).ToList();
        return TypedResults.Ok(new ListResponse<CommitmentRecord>(page.Total, from, items));
    }
}
