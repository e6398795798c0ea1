using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Contracts;
using SearchMining.Api.Errors;
using SearchMining.Api.Security;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus;
using SearchMining.Corpus.Storage;

namespace SearchMining.Api.Endpoints;

/// <summary>Upload and delete: guarded by <see cref="ApiKeyFilter"/>; a rejected upload leaves the index as it was.</summary>
internal static class ReportWriteEndpoints
{
    public const string FileField = "file";

    public static void MapReportWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").AddEndpointFilter<ApiKeyFilter>();
        group.MapPost("/", Upload).WithName("UploadReport")
            .WithSummary("Upload one report (multipart field 'file': .txt/.docx/.html/.pdf; optional fields or query parameters sourceUrl and force=true); needs the X-Api-Key header. The original is kept beside the index.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = UploadRequestBody.Describe();
                return Task.CompletedTask;
            })
            .DisableAntiforgery();
        group.MapDelete("/{id}", Delete).WithName("DeleteReport").WithSummary("Remove a report from the index, with its kept originals; needs the X-Api-Key header.");
    }

    private static async Task<Results<Created<UploadResponse>, Ok<UploadResponse>, ValidationProblem, ProblemHttpResult>> Upload(
        HttpRequest request, ReportCorpus corpus, IOptions<SearchMiningOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit + 64 * 1024) return ApiProblems.TooLarge(limit);
        if (!request.HasFormContentType || !(request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) ?? false))
            return ApiProblems.UnsupportedType($"Send the report as multipart/form-data with a '{FileField}' field (got '{request.ContentType ?? "no content type"}').");
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile(FileField) ?? form.Files.FirstOrDefault();
        if (file is null) return ApiProblems.Invalid(FileField, $"The multipart body has no file; send it in the '{FileField}' field.");
        if (file.Length > limit) return ApiProblems.TooLarge(limit);
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!ReportFileReader.SupportedExtensions.Contains(extension))
            return ApiProblems.UnsupportedType($"'{file.FileName}' is not a supported report file; send one of: {string.Join(", ", ReportFileReader.SupportedExtensions)}.");
        var check = new QueryParameters();
        var force = UploadFields.Force(request, form, check);
        var sourceUrl = UploadFields.SourceUrl(request, form, check);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, cancellationToken);
        var original = new OriginalFile(content, Path.GetFileName(file.FileName), string.IsNullOrWhiteSpace(file.ContentType) ? ContentTypes.For(file.FileName) : file.ContentType, OriginalOrigin.Upload)
        {
            Forced = force,
            SourceUrl = sourceUrl,
        };
        var result = await corpus.IngestAsync(original, cancellationToken);
        var logger = loggers.CreateLogger(typeof(ReportWriteEndpoints));
        if (result.Error is { } error || result.Report is null || result.Indexed is null)
        {
            var parseError = result.Error ?? new Core.Domain.ParseError(Core.Domain.ParseErrorKind.Unreadable, "The file could not be read.");
            logger.LogInformation("Upload {File} rejected: {Kind} {Message}", file.FileName, parseError.Kind, parseError.Message);
            return ApiProblems.FromParseError(parseError, file.FileName);
        }

        var report = result.Report;
        var body = new UploadResponse(report.Id, report.SourceFile, result.Indexed.Outcome, report.Agency, report.Year, report.Sections.Count,
            report.Statements.Count, report.Warnings, result.Indexed.Superseded);
        logger.LogInformation("Upload {File} indexed as {ReportId} ({Outcome}): {Agency} {Year}, {Warnings} warnings, superseded {Superseded}",
            file.FileName, report.Id, result.Indexed.Outcome, report.Agency, report.Year, report.Warnings.Count, result.Indexed.Superseded);
        return result.Indexed.Outcome == Index.Storage.IngestOutcome.Added
            ? TypedResults.Created($"/api/reports/{Uri.EscapeDataString(report.Id)}", body)
            : TypedResults.Ok(body);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, ReportCorpus corpus, CancellationToken cancellationToken) =>
        await corpus.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.UnknownReport(id);
}
