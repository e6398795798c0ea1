using System.Text;
using SearchMining.Api.Errors;
using SearchMining.Workflows;
using SearchMining.Workflows.Batch;

namespace SearchMining.Api.Endpoints;

/// <summary>
/// Batch search: a TXT or CSV of queries (one a line; CSV columns q, label and filters) answered with each query's hit
/// counts and top hits, as CSV (default) or JSON. A read: it needs no key and changes nothing.
/// </summary>
internal static class BatchEndpoints
{
    public const string FileField = "file";

    public static void MapBatchEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/batch", Run).WithTags("Search").WithName("BatchSearch")
            .WithSummary("Runs a batch of queries: multipart field 'file' (.txt: one query a line; .csv: columns q, label, agency, region, level, year, section, theme, kind) or a text/plain or text/csv body; top = hits per query (1–20), format = csv | json.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .DisableAntiforgery();

    private static async Task<IResult> Run(HttpRequest request, ReportWorkflows workflows, int? top, string? format, CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var hits = top ?? WorkflowOptions.DefaultBatchTopHits;
        if (hits is < 1 or > WorkflowOptions.MaxBatchTopHits) check.Add("top", $"top must be between 1 and {WorkflowOptions.MaxBatchTopHits}.");
        var json = false;
        if (!string.IsNullOrWhiteSpace(format))
        {
            if (format.Equals("json", StringComparison.OrdinalIgnoreCase)) json = true;
            else if (!format.Equals("csv", StringComparison.OrdinalIgnoreCase)) check.Add("format", $"Unknown format '{format}'; use csv or json.");
        }
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);

        var limit = workflows.Options.MaxBatchBytes;
        if (request.ContentLength > limit + 64 * 1024) return ApiProblems.TooLarge(limit);
        byte[] content;
        string fileName;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile(FileField) ?? form.Files.FirstOrDefault();
            if (file is null) return ApiProblems.Invalid(FileField, $"The multipart body has no file; send the queries in the '{FileField}' field.", ErrorKinds.InvalidParameter);
            if (file.Length > limit) return ApiProblems.TooLarge(limit);
            var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
            if (extension is not (".txt" or ".csv" or ".text" or ""))
                return ApiProblems.UnsupportedType($"'{file.FileName}' is not a batch file; send a .txt (one query a line) or a .csv.");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
            fileName = file.FileName;
        }
        else
        {
            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (mediaType is not ("text/plain" or "text/csv"))
                return ApiProblems.UnsupportedType($"Send the queries as multipart/form-data with a '{FileField}' field, or as a text/plain or text/csv body (got '{request.ContentType ?? "no content type"}').");
            content = await ReadCappedAsync(request.Body, limit, cancellationToken) ?? [];
            if (content.Length > limit) return ApiProblems.TooLarge(limit);
            fileName = mediaType == "text/csv" ? "batch.csv" : "batch.txt";
        }

        var (queries, fileError) = BatchFileReader.Read(content, fileName, workflows.Options.MaxBatchQueries);
        if (fileError is not null) return ApiProblems.Invalid(FileField, fileError.Message, fileError.Kind);
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var results = workflows.Batch.RunAll(queries, hits, baseUrl, cancellationToken);
        if (json) return TypedResults.Ok(new { queries = results.Count, results });
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 16 * 1024);
            await BatchCsvWriter.WriteAsync(writer, results);
        }, BatchCsvWriter.ContentType, "searchmining-batch.csv");
    }

    /// <summary>The body, reading at most one byte past the limit (so an over-long body is known without reading it all).</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) break;
        }
        return buffer.ToArray();
    }
}
