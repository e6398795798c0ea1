using System.Diagnostics;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// One service session over an index: start it, time start-up, run the query mix with each client count (one warm-up
/// round at one client first), then the corpus views cold and warm, reading its memory between the stages. With a trace
/// file, an extra 30-second 8-client load runs under <c>dotnet-trace</c> (sampled thread time); its top methods and the
/// breakdown of the search time by trace-breakdown.py are kept.
/// </summary>
internal sealed class ServiceBenchmark(string apiDll, string modelPath, string workFolder)
{
    public async Task<ServiceResult> RunAsync(string indexPath, IReadOnlyList<MixQuery> mix, IReadOnlyList<int> clientCounts, int rounds,
        string? traceFile, Action<string> log, CancellationToken ct = default)
    {
        using var service = await ServiceProcess.StartAsync(apiDll, indexPath, modelPath, Path.Combine(workFolder, "service.log"), ct);
        log($"service up: healthy after {service.HealthyAfter.TotalMilliseconds:0} ms, first search after {service.FirstSearchAfter.TotalMilliseconds:0} ms");
        var afterStart = service.Memory();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
        {
            BaseAddress = service.BaseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
        // A reused index whose derived store predates the view tables fills them in the background at the first start: wait
        // for it (the views would read the doc values meanwhile, and the fill would load the query runs), and say how long.
        var fill = Stopwatch.StartNew();
        var state = await ViewsStateAsync(http, ct);
        while (state == "rebuilding" && fill.Elapsed < TimeSpan.FromMinutes(60))
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            state = await ViewsStateAsync(http, ct);
        }
        log($"views state {state} after {fill.Elapsed.TotalMilliseconds:0} ms more");
        var driver = new LoadDriver(http, mix);
        await driver.RunAsync(1, 1, TimeSpan.FromMinutes(5), ct); // warm-up: JIT, caches, first reader
        var loads = new List<LoadResult>();
        foreach (var clients in clientCounts)
        {
            var result = await driver.RunAsync(clients, rounds, TimeSpan.FromMinutes(10), ct);
            log($"{clients} client(s): {result.Latency}, {result.RequestsPerSecond:0.0} req/s, {result.Failures} failed");
            loads.Add(result);
        }
        var afterQueries = service.Memory();
        var views = await new CorpusViewProbe(http).RunAsync(5, ct);
        foreach (var view in views) log($"view {view.Path}: {view.Status} cold {view.ColdMs:0} ms, warm {view.WarmMedianMs:0.0} ms, {view.Bytes / 1024.0:0} KiB");
        var afterViews = service.Memory();
        string? report = null;
        if (traceFile is not null) report = await TraceAsync(service, driver, traceFile, log, ct);
        return new ServiceResult(service.HealthyAfter.TotalMilliseconds, service.FirstSearchAfter.TotalMilliseconds, afterStart, loads, afterQueries,
            views, afterViews, report);
    }

    private static async Task<string?> TraceAsync(ServiceProcess service, LoadDriver driver, string traceFile, Action<string> log, CancellationToken ct)
    {
        if (!DotnetTrace.Installed)
        {
            log("dotnet-trace not installed (dotnet tool install -g dotnet-trace): no trace");
            return null;
        }
        var collect = Process.Start(new ProcessStartInfo(DotnetTrace.Tool, ["collect", "-p", service.Pid.ToString(), "--profile", DotnetTrace.Profile,
            "--duration", "00:00:00:30", "-o", traceFile]) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false })!;
        await Task.Delay(2000, ct);
        await driver.RunAsync(8, 1000, TimeSpan.FromSeconds(28), ct);
        await collect.WaitForExitAsync(ct);
        var report = await DotnetTrace.ReportAsync(traceFile, "search", ct);
        log($"trace written to {traceFile}; where the search time goes:\n{report[..report.IndexOf("\n\n", StringComparison.Ordinal)]}");
        return report;
    }

    /// <summary>The <c>views.state</c> of <c>/healthz</c> (ready, rebuilding, failed), or null when it has none.</summary>
    private static async Task<string?> ViewsStateAsync(HttpClient http, CancellationToken ct)
    {
        using var response = await http.GetAsync("/healthz", ct);
        using var body = await System.Text.Json.JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        return body.RootElement.TryGetProperty("views", out var views) && views.TryGetProperty("state", out var state) ? state.GetString() : null;
    }
}
