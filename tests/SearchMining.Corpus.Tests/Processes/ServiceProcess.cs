using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SearchMining.Corpus.Tests.Processes;

/// <summary>
/// The real service (SearchMining.Api.dll) in a child process on a free local port, its log lines collected (one line
/// per entry). Killing it is a kill -9 (SIGKILL): nothing of the service runs after it.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    public const string ApiKey = "process-test-key";
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_gate) return string.Join('\n', _lines); }
    }

    /// <param name="settings">SearchMining settings (IndexPath, CorpusPath …) as configuration keys under the section.</param>
    /// <param name="wrapper">A program to start the host through (e.g. setpriv with its arguments).</param>
    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string> settings, IReadOnlyList<string>? wrapper = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(wrapper?[0] ?? BuiltPrograms.Dotnet)
        {
            WorkingDirectory = BuiltPrograms.ApiFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (wrapper is not null)
        {
            foreach (var argument in wrapper.Skip(1)) start.ArgumentList.Add(argument);
            start.ArgumentList.Add(BuiltPrograms.Dotnet);
        }
        start.ArgumentList.Add(BuiltPrograms.ApiDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["SearchMining__ApiKey"] = ApiKey;
        foreach (var (key, value) in settings) start.Environment[$"SearchMining__{key.Replace(":", "__", StringComparison.Ordinal)}"] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the service");
        var service = new ServiceProcess(process, address);
        process.OutputDataReceived += (_, e) => service.Add(e.Data);
        process.ErrorDataReceived += (_, e) => service.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitUntilListeningAsync();
        return service;
    }

    public static Dictionary<string, string> Settings(string indexPath, string corpusPath) => new()
    {
        ["IndexPath"] = indexPath,
        ["CorpusPath"] = corpusPath,
        ["ModelPath"] = Path.Combine(indexPath, "..", "no-model.zip"), // no themes: faster, and not what these tests are about
    };

    private void Add(string? line)
    {
        if (line is null) return;
        lock (_gate) _lines.Add(line);
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the service exited ({_process.ExitCode}):\n{Output}");
            try
            {
                using var response = await Client.GetAsync("/healthz");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("the service did not listen within 90 s:\n" + Output);
    }

    /// <summary>Waits for a log line matching <paramref name="match"/> and returns it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        var seen = 0;
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                for (; seen < _lines.Count; seen++)
                    if (match(_lines[seen])) return _lines[seen];
            }
            if (_process.HasExited) throw new InvalidOperationException($"the service exited before the line came:\n{Output}");
            await Task.Delay(10);
        }
        throw new TimeoutException("no such log line:\n" + Output);
    }

    public async Task<JsonElement> HealthAsync()
    {
        using var response = await Client.GetAsync("/healthz");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls /healthz until the start-up ingestion is <paramref name="state"/> (Completed, Idle …); returns the ingestion status.</summary>
    public async Task<JsonElement> WaitForIngestionAsync(params string[] states)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            var ingestion = (await HealthAsync()).GetProperty("ingestion");
            var state = ingestion.GetProperty("state").GetString();
            if (states.Contains(state)) return ingestion;
            if (state == "Failed") throw new InvalidOperationException("start-up ingestion failed: " + ingestion + "\n" + Output);
            await Task.Delay(50);
        }
        throw new TimeoutException("start-up ingestion did not finish:\n" + Output);
    }

    public HttpRequestMessage Write(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Api-Key", ApiKey);
        return request;
    }

    public static MultipartFormDataContent File(byte[] bytes, string fileName, string mediaType = "text/plain")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>Resident memory of the service process now (Linux /proc), in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in System.IO.File.ReadLines($"/proc/{Id}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
        throw new InvalidOperationException("no VmRSS");
    }

    /// <summary>kill -9.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Client.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
