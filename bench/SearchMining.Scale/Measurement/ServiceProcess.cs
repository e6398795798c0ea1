using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// The real service (<c>dotnet SearchMining.Api.dll</c>, Release build) on a free loopback port over an existing index,
/// with first-start ingestion off. Start-up is timed from process start to the first answered search. Its console log
/// goes to a file; disposing stops the process (SIGTERM, then SIGKILL after 15 s).
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServiceProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public int Pid => _process.Id;
    public TimeSpan HealthyAfter { get; private set; }
    public TimeSpan FirstSearchAfter { get; private set; }

    public static async Task<ServiceProcess> StartAsync(string apiDll, string indexPath, string modelPath, string logFile, CancellationToken ct = default)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     apiDll, "--urls", $"http://127.0.0.1:{port}", $"--SearchMining:IndexPath={indexPath}", $"--SearchMining:ModelPath={modelPath}",
                     "--SearchMining:IngestBundledReports=false",
                 })
            info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet " + apiDll);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, log, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
            service.HealthyAfter = await WaitAsync(http, "/healthz", watch, process, ct);
            service.FirstSearchAfter = await WaitAsync(http, "/api/search?q=" + Uri.EscapeDataString("公开"), watch, process, ct);
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    public ProcessMemory? Memory() => ProcessMemory.Read(_process.Id);

    private static async Task<TimeSpan> WaitAsync(HttpClient http, string path, Stopwatch watch, Process process, CancellationToken ct)
    {
        while (watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (process.HasExited) throw new InvalidOperationException($"The service exited with code {process.ExitCode} before answering {path}.");
            try
            {
                using var response = await http.GetAsync(path, ct);
                if (response.IsSuccessStatusCode) return watch.Elapsed;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(20, ct);
        }
        throw new TimeoutException($"The service did not answer {path} within 5 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down gracefully and the index is closed; SIGKILL only if that takes over 15 s.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) term.WaitForExit();
            if (!_process.WaitForExit(15_000))
            {
                _process.Kill(entireProcessTree: false);
                _process.WaitForExit(10_000);
            }
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
