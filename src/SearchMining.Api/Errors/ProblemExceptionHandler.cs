using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SearchMining.Corpus;

namespace SearchMining.Api.Errors;

/// <summary>
/// Turns exceptions into ProblemDetails: request errors keep their status (400, 413 …), a client that went away gets
/// no body, a storage fault of the corpus is a 503 naming it (and is recorded in the corpus's health), and only genuine
/// server faults are a 500.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ReportCorpus corpus, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("Request {Method} {Path} cancelled by the client", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.StatusCode = 499;
            return true;
        }

        // A storage fault (the index damaged, unwritable, out of disk; the originals store failing): 503 saying what is wrong.
        if (exception is not BadHttpRequestException && corpus.Health.Report(exception) is { } problem)
        {
            logger.LogError(exception, "{Method} {Path} refused: {Code} {Message}", httpContext.Request.Method, httpContext.Request.Path, problem.Code, problem.Message);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "30";
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = ApiProblems.Unavailable(problem) });
        }

        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request"),
            InvalidDataException => (StatusCodes.Status413PayloadTooLarge, "Request too large"),
            _ => (StatusCodes.Status500InternalServerError, "Internal server error"),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        else logger.LogInformation("Rejected {Method} {Path} with {Status}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, status, exception.Message);

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = status >= 500 ? "The server failed to answer this request; the error is in its log." : exception.Message,
            },
        });
    }
}
