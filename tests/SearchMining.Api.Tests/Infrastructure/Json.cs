using System.Net.Http.Json;
using System.Text.Json;

namespace SearchMining.Api.Tests.Infrastructure;

internal static class Json
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";

    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) => e.GetProperty(name).EnumerateArray();

    /// <summary>Builds a query string with every value URL-encoded (Chinese text included).</summary>
    public static string Url(string path, params (string Key, string Value)[] query) =>
        query.Length == 0 ? path : path + "?" + string.Join('&', query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
}
