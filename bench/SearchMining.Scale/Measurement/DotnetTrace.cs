using System.Diagnostics;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// The <c>dotnet-trace</c> global tool (<c>dotnet tool install -g dotnet-trace</c>): sampled-thread-time traces, their top
/// methods, and the breakdown by trace-breakdown.py (shipped next to this program) of a Speedscope conversion.
/// </summary>
internal static class DotnetTrace
{
    public const string Profile = "dotnet-sampled-thread-time";

    public static string Tool => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-trace");

    public static bool Installed => File.Exists(Tool);

    /// <summary>Top methods (inclusive) and the breakdown of the trace by <paramref name="mode"/> (search | ingest).</summary>
    public static async Task<string> ReportAsync(string traceFile, string mode, CancellationToken ct)
    {
        var top = await OutputAsync(Tool, ["report", traceFile, "topN", "-n", "60", "--inclusive"], ct);
        var speedscope = Path.ChangeExtension(traceFile, ".speedscope.json");
        await OutputAsync(Tool, ["convert", traceFile, "--format", "Speedscope", "-o", Path.ChangeExtension(traceFile, ".json")], ct);
        var script = Path.Combine(AppContext.BaseDirectory, "trace-breakdown.py");
        var breakdown = File.Exists(speedscope) ? await OutputAsync("python3", [script, speedscope, mode], ct) : "(no Speedscope file)";
        return breakdown + "\n\n" + top;
    }

    public static async Task<string> OutputAsync(string file, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var text = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return text;
    }
}
