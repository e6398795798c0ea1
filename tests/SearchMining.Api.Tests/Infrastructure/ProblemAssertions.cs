using System.Net;
using System.Text.Json;
using Shouldly;

namespace SearchMining.Api.Tests.Infrastructure;

internal static class ProblemAssertions
{
    /// <summary>Asserts the exact status and a ProblemDetails body carrying it; returns the body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await response.ReadJsonAsync();
        body.GetProperty("status").GetInt32().ShouldBe((int)status);
        body.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        return body;
    }
}
