using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using SearchMining.Api.Contracts;
using SearchMining.Api.Errors;
using SearchMining.Workflows;
using SearchMining.Workflows.Citations;
using SearchMining.Workflows.Reading;

namespace SearchMining.Api.Endpoints;

/// <summary>Reading a report at a hit: every match of a query in it, its citation and its original file.</summary>
internal static class ReadingEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapReadingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reading");
        group.MapGet("/{id}/matches", Matches).WithName("ReportMatches")
            .WithSummary("Every match of q in the report, per section: [start, end) offsets into each section's text (as the snippets highlight).");
        group.MapGet("/{id}/citation", Cite).WithName("ReportCitation")
            .WithSummary("The citation line of the report or of section n: agency, title, year, section, source URL, retrieved date.");
        group.MapGet("/{id}/original", Original).WithName("ReportOriginal")
            .WithSummary("The original file of the report, as it was ingested (bundled reports: the file beside its SOURCES.tsv).");
    }

    private static IResult Matches(ReportWorkflows workflows, string id, string? q)
    {
        if ((q ?? "").Length > SearchRequestBinder.MaxQueryLength)
            return ApiProblems.Invalid("q", $"The query is longer than {SearchRequestBinder.MaxQueryLength} characters.", "InvalidValue");
        var (matches, error) = workflows.Matches(id, q ?? "");
        if (error is not null) return ApiProblems.FromSearchError(error);
        return matches is null ? ApiProblems.UnknownReport(id) : TypedResults.Ok(matches);
    }

    private static Results<Ok<CitationResponse>, ProblemHttpResult> Cite(ReportWorkflows workflows, HttpContext http, string id, int? section)
    {
        if (workflows.Corpus.GetReport(id) is not { } report) return ApiProblems.UnknownReport(id);
        var chosen = section is { } n ? report.Sections.FirstOrDefault(s => s.Ordinal == n) : null;
        if (section is not null && chosen is null)
            return ApiProblems.NotFound("Unknown section", $"Report '{id}' has sections 1…{report.Sections.Count}; there is no section {section}.", ErrorKinds.UnknownSection);
        var source = workflows.Sources.Resolve(report);
        var original = workflows.Sources.Original(report) is null ? null : $"/api/reports/{Uri.EscapeDataString(report.Id)}/original";
        return TypedResults.Ok(new CitationResponse(report.Id, CitationFormatter.For(report, chosen, source), source, original));
    }

    private static IResult Original(ReportWorkflows workflows, string id)
    {
        if (workflows.Corpus.GetReport(id) is not { } report) return ApiProblems.UnknownReport(id);
        if (workflows.Sources.Original(report) is not { } original)
            return ApiProblems.NotFound("Original not kept", $"The service keeps no original file of report '{id}' ({report.SourceFile}).", ErrorKinds.NoOriginal);
        using var stream = original.Open();
        var bytes = ReadAll(stream);
        var contentType = original.ContentType ?? (ContentTypes.TryGetContentType(original.FileName, out var type) ? type : "application/octet-stream");
        if (contentType.StartsWith("text/", StringComparison.Ordinal) && !contentType.Contains("charset", StringComparison.OrdinalIgnoreCase) && IsUtf8(bytes))
            contentType += "; charset=utf-8";
        return TypedResults.File(bytes, contentType, original.FileName);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }
}
