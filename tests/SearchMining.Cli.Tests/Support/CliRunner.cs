using System.Diagnostics;
using System.Text;

namespace SearchMining.Cli.Tests.Support;

/// <summary>
/// Runs the built <c>searchmining.dll</c> (copied next to the test assembly by the project reference) as a child
/// process: the commands write to <see cref="Console"/>, which is process-wide, so separate processes keep parallel
/// tests apart. The working directory is a fresh temp folder, so relative defaults (index/, models/, data/) never
/// resolve to the repository's files.
/// </summary>
public sealed class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "searchmining.dll");

    public async Task<CliResult> RunAsync(IEnumerable<string> args, string? stdin = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        using var scratch = workingDirectory is null ? new TempFolder() : null;
        info.WorkingDirectory = workingDirectory ?? scratch!.Path;
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"searchmining {string.Join(' ', args)} did not finish in {Timeout.TotalSeconds} s", e);
        }
        return new CliResult(process.ExitCode, await output, await error);
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync((IEnumerable<string>)args);
}
