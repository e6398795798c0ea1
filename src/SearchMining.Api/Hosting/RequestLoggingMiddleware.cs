using System.Diagnostics;

namespace SearchMining.Api.Hosting;

/// <summary>One structured log line per request: method, path, status and elapsed milliseconds as named properties.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.LogInformation("HTTP {Method} {Path}{Query} → {Status} in {ElapsedMs:F1} ms",
                context.Request.Method, context.Request.Path.Value, context.Request.QueryString.Value, context.Response.StatusCode, elapsed);
        }
    }
}
