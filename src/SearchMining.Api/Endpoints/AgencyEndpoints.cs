using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Contracts;
using SearchMining.Api.Errors;
using SearchMining.Api.Security;
using SearchMining.Corpus.Years;
using SearchMining.Index.Schema;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Timelines;
using SearchMining.Mining.YearOverYear;

namespace SearchMining.Api.Endpoints;

/// <summary>Across the years: agencies and their timelines, a person's merges and splits, report comparison, recurring themes.</summary>
internal static class AgencyEndpoints
{
    public static void MapAgencyEndpoints(this IEndpointRouteBuilder app)
    {
        var agencies = app.MapGroup("/api/agencies").WithTags("Years");
        agencies.MapGet("/", List).WithName("ListAgencies")
            .WithSummary("Agencies across years (names written differently joined, with the rules as evidence); q: part of a name or key; level; minYears; reportId: the agency of one report.");
        agencies.MapGet("/{key}", Timeline).WithName("GetAgency")
            .WithSummary("An agency's timeline: names and evidence, per report year the problem themes, the reuse of the previous report, and each commitment with its follow-up the next year; recurring themes.");
        var writes = app.MapGroup("/api/agencies").WithTags("Years").AddEndpointFilter<ApiKeyFilter>();
        writes.MapPost("/merge", Merge).WithName("MergeAgencies")
            .WithSummary("A person joins two agencies (kept beside the index, survives restarts and rebuilds); refused (409) for a government and a department, different places, or two reports of one year. Needs X-Api-Key.");
        writes.MapPost("/{key}/split", Split).WithName("SplitAgency")
            .WithSummary("A person takes names out of an agency (kept beside the index). Needs X-Api-Key.");
        app.MapGet("/api/compare", Compare).WithTags("Years").WithName("CompareReports")
            .WithSummary("Report a (this year) against b (last year; omitted: the previous report of a's agency): sections aligned by topic, sentences unchanged/changed/added/removed, reuse rate overall and per section, tables cell by cell.");
        app.MapGet("/api/themes/recurring", Recurring).WithTags("Years").WithName("RecurringThemes")
            .WithSummary("Problem themes ranked by how many agencies name them, per year with the trend, and the agencies naming a theme in two or more years (paged: size, offset; agencyTotal over all pages).");
    }

    private static Results<Ok<ListResponse<AgencySummary>>, ValidationProblem> List(
        CorpusYears years, IOptions<SearchMiningOptions> options, string? q, string? level, int? minYears, string? reportId, int? size, int? offset,
        CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var limit = check.PageSize(size, options.Value);
        var from = check.Offset(offset);
        if (minYears is < 1 or > 100) check.Add("minYears", "minYears must be between 1 and 100.");
        Core.Domain.AdministrativeLevel? wanted = null;
        if (!string.IsNullOrWhiteSpace(level))
        {
            if (FieldValues.TryParseLevel(level, out var parsed)) wanted = parsed;
            else check.Add("level", $"Unknown level '{level}'; use one of: {string.Join(", ", Enum.GetNames<Core.Domain.AdministrativeLevel>().Select(n => n.ToLowerInvariant()))}.");
        }
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);

        var current = years.Current(cancellationToken);
        var text = q?.Trim();
        // The directory keeps its listing order (sorted once per corpus version): a page is a slice of it, a minimum of
        // years a prefix (the order is by years, most first), and the other filters one pass without a sort.
        IReadOnlyList<Agency> listed = reportId is { Length: > 0 } id
            ? current.Directory.OfReport(id.Trim()) is { } one ? [one] : []
            : current.Directory.Listed;
        if (string.IsNullOrEmpty(reportId) && string.IsNullOrEmpty(text) && wanted is null && minYears is null)
            return TypedResults.Ok(new ListResponse<AgencySummary>(listed.Count, from, Summaries(current, listed.Skip(from).Take(limit).ToList())));
        var page = new List<Agency>(Math.Min(limit, 256));
        var total = 0;
        foreach (var agency in listed.TakeWhile(a => a.Years.Count >= (minYears ?? 1)))
        {
            if (!string.IsNullOrEmpty(text) && !agency.Key.Contains(text, StringComparison.Ordinal) && !agency.Names.Any(n => n.Written.Contains(text, StringComparison.Ordinal))) continue;
            if (wanted is not null && agency.Level != wanted) continue;
            if (total++ >= from && page.Count < limit) page.Add(agency);
        }
        // Only the page shown is summarised: the directory has one row per agency.
        return TypedResults.Ok(new ListResponse<AgencySummary>(total, from, Summaries(current, page)));
    }

    /// <summary>The summaries of <paramref name="agencies"/>, each with its recurring problem themes (from these agencies' own reports only).</summary>
    private static List<AgencySummary> Summaries(YearsCorpus current, IReadOnlyList<Agency> agencies)
    {
        return agencies.Select(a => AgencySummary.From(a, current.RecurringOf(a).Select(r => r.Theme).ToList())).ToList();
    }

    private static Results<Ok<AgencyTimeline>, ProblemHttpResult> Timeline(CorpusYears years, string key, CancellationToken cancellationToken)
    {
        var current = years.Current(cancellationToken);
        return current.Directory.Find(key) is { } agency
            ? TypedResults.Ok(current.Timeline(agency))
            : ApiProblems.NotFound("Unknown agency", $"No agency with key '{key}'; GET /api/agencies lists them.", ErrorKinds.UnknownAgency);
    }

    private static Results<Ok<AgencyChangeResponse>, ValidationProblem, ProblemHttpResult> Merge(CorpusYears years, AgencyMergeRequest? body, CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        if (string.IsNullOrWhiteSpace(body?.A)) check.Add("a", "a: the key of the first agency is required.");
        if (string.IsNullOrWhiteSpace(body?.B)) check.Add("b", "b: the key of the second agency is required.");
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        return Answer(years, years.Merge(body!.A!.Trim(), body.B!.Trim(), body.Note, cancellationToken), cancellationToken);
    }

    private static Results<Ok<AgencyChangeResponse>, ValidationProblem, ProblemHttpResult> Split(CorpusYears years, string key, AgencySplitRequest? body, CancellationToken cancellationToken)
    {
        var names = body?.Names?.Where(n => !string.IsNullOrWhiteSpace(n)).ToList() ?? [];
        if (names.Count == 0) return ApiProblems.Invalid("names", "names: at least one name (as written, or its key) to take out of the agency.");
        return Answer(years, years.Split(key, names, body!.Note, cancellationToken), cancellationToken);
    }

    private static Results<Ok<AgencyChangeResponse>, ValidationProblem, ProblemHttpResult> Answer(CorpusYears years, AgencyChange change, CancellationToken cancellationToken)
    {
        if (change.UnknownAgency) return ApiProblems.NotFound("Unknown agency", change.Refusal!.Reason, ErrorKinds.UnknownAgency);
        if (!change.Succeeded) return ApiProblems.Conflict("Refused", change.Refusal!.Reason, ErrorKinds.AgencyChangeRefused);
        return TypedResults.Ok(new AgencyChangeResponse(Summaries(years.Current(cancellationToken), change.Agencies), years.Overrides.Path));
    }

    private static Results<Ok<ReportComparison>, ValidationProblem, ProblemHttpResult> Compare(CorpusYears years, string? a, string? b, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(a)) return ApiProblems.Invalid("a", "a: the id of this year's report is required (b: last year's; omitted: the previous report of a's agency).");
        var current = years.Current(cancellationToken);
        if (current.Report(a.Trim()) is not { } now) return ApiProblems.UnknownReport(a);
        Core.Domain.Report? before;
        if (!string.IsNullOrWhiteSpace(b))
        {
            if ((before = current.Report(b.Trim())) is null) return ApiProblems.UnknownReport(b);
        }
        else if ((before = current.Previous(now)) is null)
        {
            return ApiProblems.NotFound("No earlier report", $"The corpus holds no earlier report of {now.Agency ?? "this report's agency"} than {now.Year?.ToString() ?? "this one"}; name one with b.", ErrorKinds.NoEarlierReport);
        }
        return TypedResults.Ok(current.Comparer.Compare(now, before));
    }

    private static Results<Ok<RecurringThemesResponse>, ValidationProblem> Recurring(
        CorpusYears years, IOptions<SearchMiningOptions> options, int? size, int? offset, CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var limit = check.PageSize(size, options.Value);
        var from = check.Offset(offset);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        var current = years.Current(cancellationToken);
        var summary = current.RecurrenceSummary;
        // The summary carries no statement; the page's agencies are read with theirs (only their reports).
        return TypedResults.Ok(new RecurringThemesResponse(summary.Themes, summary.Years, summary.Agencies.Count, from,
            summary.Agencies.Skip(from).Take(limit).Select(current.WithStatements).ToList()));
    }
}
