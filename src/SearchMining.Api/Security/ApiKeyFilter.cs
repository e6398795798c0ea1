using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;

namespace SearchMining.Api.Security;

/// <summary>
/// Guards write endpoints: no key configured → 403 (writes are off); missing or wrong <c>X-Api-Key</c> → 401.
/// </summary>
internal sealed class ApiKeyFilter(IOptions<SearchMiningOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.Value.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Write endpoints are disabled",
                detail: "No API key is configured on this server (set SEARCHMINING_API_KEY to enable uploads and deletes).",
                extensions: new Dictionary<string, object?> { [Errors.ErrorKinds.Property] = Errors.ErrorKinds.WritesDisabled });
        }
        var given = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(given) || !Matches(given, configured))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = HeaderName;
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: $"Send the write key in the {HeaderName} header.",
                extensions: new Dictionary<string, object?> { [Errors.ErrorKinds.Property] = Errors.ErrorKinds.ApiKeyRequired });
        }
        return await next(context);
    }

    private static bool Matches(string given, string configured) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
