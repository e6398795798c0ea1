using Microsoft.AspNetCore.Mvc;

namespace SearchMining.Api.Hosting;

/// <summary>
/// Answers a request whose path and query exceed <see cref="MaxUrlLength"/> characters with a 414 ProblemDetails.
/// Kestrel's own request-line limit is raised above this (see <see cref="ServiceRegistration"/>), so an over-long URL
/// gets this explanation instead of Kestrel's bare 414; only URLs over <see cref="KestrelRequestLineLimit"/> bytes
/// still get the bare one.
/// </summary>
internal sealed class UrlLengthLimitMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public const int MaxUrlLength = 8 * 1024;
    public const int KestrelRequestLineLimit = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var length = context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length ?? 0;
        if (length <= MaxUrlLength)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status414UriTooLong;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status414UriTooLong,
                Title = "URL too long",
                Detail = $"The URL has {length} characters; at most {MaxUrlLength} are accepted (a search query itself is limited to 500 characters). Use fewer or shorter parameters.",
            },
        });
    }
}
