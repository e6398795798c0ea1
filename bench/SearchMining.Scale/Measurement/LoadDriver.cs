using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// Closed-loop HTTP load: each of <c>clients</c> clients sends the whole mix <c>rounds</c> times (its own fixed shuffle of
/// the mix per round), one request at a time, reading every response body to the end. Bounded in requests and in time.
/// </summary>
internal sealed class LoadDriver(HttpClient http, IReadOnlyList<MixQuery> mix)
{
    public async Task<LoadResult> RunAsync(int clients, int rounds, TimeSpan timeLimit, CancellationToken ct = default)
    {
        var samples = new ConcurrentBag<(string Id, double Ms)>();
        var totals = new ConcurrentDictionary<string, long>();
        var failures = 0;
        var deadline = Stopwatch.StartNew();
        var wall = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var rng = new Random(1000 + client);
            for (var round = 0; round < rounds && deadline.Elapsed < timeLimit; round++)
            {
                foreach (var query in mix.OrderBy(_ => rng.Next()).ToList())
                {
                    if (deadline.Elapsed >= timeLimit) break;
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        using var response = await http.GetAsync(query.PathAndQuery, HttpCompletionOption.ResponseContentRead, ct);
                        var body = await response.Content.ReadAsByteArrayAsync(ct);
                        watch.Stop();
                        if (!response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref failures);
                            continue;
                        }
                        samples.Add((query.Id, watch.Elapsed.TotalMilliseconds));
                        if (!totals.ContainsKey(query.Id)) totals[query.Id] = Total(body);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        }, ct)).ToList();
        await Task.WhenAll(tasks);
        wall.Stop();
        var all = samples.ToList();
        var perQuery = all.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => LatencySummary.Of(g.Select(s => s.Ms).ToList()));
        return new LoadResult(clients, LatencySummary.Of(all.Select(s => s.Ms).ToList()), all.Count / wall.Elapsed.TotalSeconds, failures,
            perQuery, new SortedDictionary<string, long>(totals));
    }

    private static long Total(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("total", out var total) ? total.GetInt64() : -1;
    }
}
