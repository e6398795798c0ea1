using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Contracts;
using SearchMining.Api.Errors;
using SearchMining.Core.Checks;
using SearchMining.Core.Domain;
using SearchMining.Core.Serialization;
using SearchMining.Corpus.Checks;

namespace SearchMining.Api.Endpoints;

/// <summary>Quality checks: the rules, one report's results, and every result across the corpus (filter, sort, CSV).</summary>
internal static class CheckEndpoints
{
    public static void MapCheckEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/checks/rules", () => TypedResults.Ok(CheckRules.All)).WithTags("Checks").WithName("ListCheckRules")
            .WithSummary("Every quality rule: id, category, title and its legal or arithmetic basis.");
        app.MapGet("/api/reports/{id}/checks", ForReport).WithTags("Checks").WithName("GetReportChecks")
            .WithSummary("Every rule on one report (compared with the same agency's earlier report in the corpus), with the cells and sentences as evidence.");
        app.MapGet("/api/checks", List).WithTags("Checks").WithName("ListChecks")
            .WithSummary("Check results across the corpus: rule, status (pass|fail|uncertain|not_assessable), agency (part of the name), year; sort=status|year|agency|rule|score, order=asc|desc; format=csv gives every matching row.")
            .Produces<CheckListResponse>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
    }

    private static Results<Ok<ReportChecksResponse>, ProblemHttpResult> ForReport(CorpusChecks checks, string id, CancellationToken cancellationToken) =>
        checks.Of(id, cancellationToken) is { } found
            ? TypedResults.Ok(ReportChecksResponse.From(found))
            : ApiProblems.NotFound("Unknown report", $"No report with id '{id}'.");

    private static IResult List(CorpusChecks checks, IOptions<SearchMiningOptions> options,
        string? rule, string? status, string? agency, int? year, string? sort, string? order, string? format, int? size, int? offset,
        CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var limit = check.PageSize(size, options.Value);
        var from = check.Offset(offset);
        check.Year(year);
        if (!string.IsNullOrWhiteSpace(rule) && CheckRules.Find(rule.Trim()) is null)
            check.Add("rule", $"Unknown rule '{rule}'; use one of: {string.Join(", ", CheckRules.All.Select(r => r.Id))}.");
        CheckStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (ParseStatus(status) is { } s) wanted = s;
            else check.Add("status", $"Unknown status '{status}'; use pass, fail, uncertain or not_assessable.");
        }
        var by = CheckSort.Status;
        if (!string.IsNullOrWhiteSpace(sort) && !Enum.TryParse(sort, ignoreCase: true, out by))
            check.Add("sort", $"Unknown sort '{sort}'; use status, year, agency, rule or score.");
        if (!string.IsNullOrWhiteSpace(order) && order is not ("asc" or "desc"))
            check.Add("order", "order must be asc or desc.");
        if (!string.IsNullOrWhiteSpace(format) && format is not ("json" or "csv"))
            check.Add("format", $"Unknown format '{format}'; use json or csv.");
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);

        var query = new CheckQuery(string.IsNullOrWhiteSpace(rule) ? null : rule.Trim(), wanted,
            string.IsNullOrWhiteSpace(agency) ? null : agency.Trim(), year, by, Descending: order == "desc");
        if (format == "csv") return new CheckCsvResult(checks.Rows(query));
        var page = checks.Page(query, from, limit);
        var titles = CheckRules.All.ToDictionary(r => r.Id, r => r.Title);
        var counts = checks.Counts(query).Select(c => new RuleStatusCount(c.Rule, titles[c.Rule], c.Pass, c.Fail, c.Uncertain, c.NotAssessable)).ToList();
        return TypedResults.Ok(new CheckListResponse(page.Total, from, [.. page.Rows.Select(r => CheckRow.From(r.Report, r.Result))], counts));
    }

    /// <summary>pass, fail, uncertain, not_assessable (any case, - or _ or none between the words).</summary>
    public static CheckStatus? ParseStatus(string value) =>
        !value.Trim().All(char.IsAsciiDigit) && Enum.TryParse<CheckStatus>(value.Trim().Replace("_", "").Replace("-", ""), ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
}
