using System.Diagnostics;

namespace SearchMining.Scale.Measurement;

/// <summary>Times the corpus-wide views of the service, cold then warm (sequential calls, body read to the end).</summary>
internal sealed class CorpusViewProbe(HttpClient http)
{
    /// <summary>The views of issue 18, in the order they are called (the first one pays for any shared cold start).</summary>
    public static readonly IReadOnlyList<string> Views =
    [
        "/api/stats", "/api/themes", "/api/commitments?q=" + Uri.EscapeDataString("培训"), "/api/commitments", "/api/contacts",
        "/api/agencies", "/api/themes/recurring", "/api/checks",
    ];

    public async Task<IReadOnlyList<ViewTiming>> RunAsync(int warmCalls, CancellationToken ct = default)
    {
        var timings = new List<ViewTiming>();
        foreach (var view in Views)
        {
            var (status, cold, bytes) = await CallAsync(view, ct);
            var warm = new List<double>();
            if (status == 200)
            {
                for (var i = 0; i < warmCalls; i++) warm.Add((await CallAsync(view, ct)).Ms);
            }
            timings.Add(new ViewTiming(view, status, cold, warm.Count == 0 ? double.NaN : LatencySummary.Of(warm).P50, bytes));
        }
        // One agency's timeline (the first listed: most years): its first call also learns the template phrases.
        if (await FirstAgencyAsync(ct) is { } key)
        {
            var view = "/api/agencies/" + Uri.EscapeDataString(key);
            var (status, cold, bytes) = await CallAsync(view, ct);
            var warm = new List<double>();
            for (var i = 0; i < warmCalls && status == 200; i++) warm.Add((await CallAsync(view, ct)).Ms);
            timings.Add(new ViewTiming("/api/agencies/{key}", status, cold, warm.Count == 0 ? double.NaN : LatencySummary.Of(warm).P50, bytes));
        }
        return timings;
    }

    private async Task<string?> FirstAgencyAsync(CancellationToken ct)
    {
        using var response = await http.GetAsync("/api/agencies?size=1", ct);
        if (!response.IsSuccessStatusCode) return null;
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var items = json.RootElement.GetProperty("items");
        return items.GetArrayLength() == 0 ? null : items[0].GetProperty("key").GetString();
    }

    private async Task<(int Status, double Ms, long Bytes)> CallAsync(string path, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return ((int)response.StatusCode, watch.Elapsed.TotalMilliseconds, body.LongLength);
    }
}
