using System.Diagnostics;
using System.Text;

namespace SearchMining.Corpus.Tests.Processes;

/// <summary>What one run of the <c>searchmining</c> command line produced.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the built command line as a child process (a temp working folder, so relative defaults never reach the repository).</summary>
public static class CliProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(BuiltPrograms.Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(BuiltPrograms.CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("could not start the CLI");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"searchmining {string.Join(' ', args)} did not finish in 180 s", e);
        }
        return new CliResult(process.ExitCode, await output, await error);
    }
}
