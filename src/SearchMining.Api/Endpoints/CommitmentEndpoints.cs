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

        var words = (q ?? "").Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        var selection = new ReportSelection(agency, region, year);
        var matches = corpus.Reports.All(cancellationToken)
            .Where(selection.Matches)
            .SelectMany(report => report.Commitments.Select(c => new CommitmentRecord(report.Id, report.SourceFile, c.Agency ?? report.Agency,
                report.Region.MostSpecific, c.Year ?? report.Year, c.Text, c.Themes)))
            .Where(c => words.All(w => c.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Where(c => string.IsNullOrWhiteSpace(theme) || c.Themes.Contains(theme))
            .OrderByDescending(c => c.Year).ThenBy(c => c.Agency, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new ListResponse<CommitmentRecord>(matches.Count, from, matches.Skip(from).Take(limit).ToList()));
    }
}
