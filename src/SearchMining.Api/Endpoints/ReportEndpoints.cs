using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Contracts;
using SearchMining.Corpus;
using SearchMining.Api.Errors;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;

namespace SearchMining.Api.Endpoints;

/// <summary>Read endpoints over reports: the list, one report, one section.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports");
        group.MapGet("/", List).WithName("ListReports").WithSummary("Reports, newest year first; agency/region/level/year filter exactly.");
        group.MapGet("/{id}", Get).WithName("GetReport").WithSummary("A report: metadata, sections, tables, warnings, contacts, statements with kinds and themes.");
        group.MapGet("/{id}/sections/{n:int}", GetSection).WithName("GetReportSection").WithSummary("Section n (1-based position in the report).");
    }

    private static Results<Ok<ReportPage>, ValidationProblem> List(
        ReportCorpus corpus, IOptions<SearchMiningOptions> options,
        string? agency, string? region, string? level, int? year, int? size, int? offset)
    {
        var check = new QueryParameters();
        var limit = check.PageSize(size, options.Value);
        var from = check.Offset(offset);
        check.Year(year);
        AdministrativeLevel? parsedLevel = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (FieldValues.TryParseLevel(level, out var l)) parsedLevel = l;
            else check.Add("level", $"Unknown level '{level}'; use one of: {string.Join(", ", Enum.GetNames<AdministrativeLevel>().Select(n => n.ToLowerInvariant()))}.");
        }
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        var filter = new ReportListFilter(NullIfBlank(agency), NullIfBlank(region), parsedLevel, year);
        return TypedResults.Ok(corpus.ListReports(filter, from, limit));
    }

    private static Results<Ok<ReportDetail>, ProblemHttpResult> Get(ReportCorpus corpus, string id) =>
        corpus.GetReport(id) is { } report
            ? TypedResults.Ok(ReportDetail.From(report))
            : ApiProblems.UnknownReport(id);

    private static Results<Ok<SectionDetail>, ProblemHttpResult> GetSection(ReportCorpus corpus, string id, int n)
    {
        if (corpus.GetReport(id) is not { } report) return ApiProblems.UnknownReport(id);
        var section = report.SearchableSections().FirstOrDefault(s => s.Ordinal == n);
        if (section is null)
            return ApiProblems.NotFound("Unknown section",
                $"Report '{id}' has sections 1…{report.Sections.Count}{(report.PreambleSection() is null ? "" : " and the preamble 0")}; there is no section {n}.",
                ErrorKinds.UnknownSection);
        var isProblems = section.Topic == SectionTopic.Problems;
        return TypedResults.Ok(new SectionDetail(new SectionId(report.Id, section.Ordinal).ToString(), report.Id, report.Agency, report.Year, section,
            isProblems ? report.Statements : [], isProblems ? report.Commitments : []));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
