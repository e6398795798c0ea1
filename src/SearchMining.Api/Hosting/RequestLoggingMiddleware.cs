using System.Diagnostics;

namespace SearchMining.Api.Hosting;

/// <summary>
/// One structured log line per request: method, path, status and elapsed milliseconds as named properties. It runs
/// outside the exception handler, so the status logged is the one sent; an exception that escapes everything is
/// logged as the 500 the server answers.
/// </summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var escaped = false;
        try
        {
            await next(context);
        }
        catch
        {
            escaped = true;
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = escaped && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            logger.LogInformation("HTTP {Method} {Path}{Query} → {Status} in {ElapsedMs:F1} ms",
                context.Request.Method, context.Request.Path.Value, context.Request.QueryString.Value, status, elapsed);
        }
    }
}
