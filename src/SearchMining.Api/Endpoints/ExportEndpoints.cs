using System.Text;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Corpus;
using SearchMining.Api.Errors;
using SearchMining.Api.Export;
using SearchMining.Index.Searching;

namespace SearchMining.Api.Endpoints;

internal static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/export", Export).WithTags("Search").WithName("Export")
            .WithSummary("Streams every section (unit=sections) or tagged statement (unit=statements) matching the search, as csv or jsonl.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

    private static IResult Export([AsParameters] SearchParameters parameters, string? format, string? unit,
        ReportCorpus corpus, IOptions<SearchMiningOptions> options, HttpContext http)
    {
        var check = new QueryParameters();
        var request = SearchRequestBinder.Bind(parameters with { Size = null, Cursor = null, Group = null }, options.Value, check);
        var exportFormat = ExportFormat.Csv;
        if (!string.IsNullOrWhiteSpace(format) && !Enum.TryParse(format, ignoreCase: true, out exportFormat))
            check.Add("format", $"Unknown format '{format}'; use csv or jsonl.");
        var exportUnit = ExportUnit.Sections;
        if (!string.IsNullOrWhiteSpace(unit) && !Enum.TryParse(unit, ignoreCase: true, out exportUnit))
            check.Add("unit", $"Unknown unit '{unit}'; use sections or statements.");
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);

        // Validate the query once before the response starts: afterwards only rows can be written.
        var first = corpus.Search.Search(request with { Size = 1, IncludeFacets = false, Snippets = 0 });
        if (first.Error is { } error) return ApiProblems.FromSearchError(error);

        IExportWriter writer = exportFormat == ExportFormat.Csv ? new CsvExportWriter() : new JsonlExportWriter();
        var source = new ExportRowSource(corpus.Search, corpus.Index);
        var maxRows = options.Value.MaxExportRows;
        var cancellation = http.RequestAborted;
        return Results.Stream(async body =>
        {
            await using var text = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 16 * 1024);
            await writer.WriteHeaderAsync(text);
            var rows = 0;
            await foreach (var row in source.RowsAsync(request, exportUnit, maxRows, cancellation))
            {
                await writer.WriteRowAsync(text, row);
                if (++rows % 100 == 0) await text.FlushAsync(cancellation);
            }
        }, writer.ContentType, $"searchmining-export.{writer.FileExtension}");
    }
}
