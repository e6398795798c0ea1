using System.Text;
using SearchMining.Core.Domain;
using SearchMining.Core.Serialization;

namespace SearchMining.Api.Endpoints;

/// <summary>Check result rows as CSV (<see cref="CheckCsv"/>), written to the response as they are read from the store.</summary>
internal sealed class CheckCsvResult(IEnumerable<(ReportChecks Report, CheckResult Result)> rows) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=searchmining-checks.csv";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 64 * 1024);
        await writer.WriteAsync(CheckCsv.Line(CheckCsv.Header));
        foreach (var (report, result) in rows)
        {
            httpContext.RequestAborted.ThrowIfCancellationRequested();
            await writer.WriteAsync(CheckCsv.Line(CheckCsv.Row(report, result)));
        }
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
