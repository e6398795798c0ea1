using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// Runs <c>searchmining index &lt;corpus&gt; --index &lt;dir&gt;</c> (the real CLI, Release build, default theme model) as a child
/// process with its output redirected (one line per file, "committed n/N" after each commit), timing each commit and
/// polling the child's peak resident memory.
/// </summary>
internal static partial class CliIngest
{
    [GeneratedRegex(@"^committed (\d+)/(\d+)")]
    private static partial Regex Committed();

    public static async Task<CliIngestResult> RunAsync(string cliDll, string corpus, string indexPath, int reports, long inputBytes,
        string workingDirectory, string logFile, IReadOnlyList<string> extraArguments, CancellationToken ct = default)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cliDll, "index", corpus, "--index", indexPath }.Concat(extraArguments)) info.ArgumentList.Add(arg);
        var commits = new List<(double Seconds, int Done)>();
        string summary = "";
        await using var log = new StreamWriter(logFile) { AutoFlush = false };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet " + cliDll);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (log)
            {
                log.WriteLine(e.Data);
                if (Committed().Match(e.Data) is { Success: true } m) commits.Add((watch.Elapsed.TotalSeconds, int.Parse(m.Groups[1].Value)));
                else if (!e.Data.StartsWith('[')) summary += e.Data + "\n";
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine("stderr: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        double peak = 0;
        while (!process.WaitForExit(500))
        {
            if (ProcessMemory.Read(process.Id) is { } memory && !double.IsNaN(memory.PeakMiB)) peak = Math.Max(peak, memory.PeakMiB); // NaN: exiting
        }
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var batches = new List<double>();
        for (var i = 1; i < commits.Count; i++)
            batches.Add((commits[i].Done - commits[i - 1].Done) / Math.Max(1e-9, commits[i].Seconds - commits[i - 1].Seconds));
        // The Lucene index alone; the kept originals (an SQLite store inside the index folder) are counted apart.
        var originalsFolder = Path.Combine(indexPath, "originals") + Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(indexPath, "*", SearchOption.AllDirectories).Select(f => (Path: f, Bytes: new FileInfo(f).Length)).ToList();
        var originalsBytes = files.Where(f => f.Path.StartsWith(originalsFolder, StringComparison.Ordinal)).Sum(f => f.Bytes);
        var indexBytes = files.Sum(f => f.Bytes) - originalsBytes;
        return new CliIngestResult(reports, inputBytes, seconds, reports / seconds, inputBytes / 1048576.0 / seconds, indexBytes,
            (double)indexBytes / inputBytes, peak, batches, process.ExitCode, summary.Trim()) { OriginalsBytes = originalsBytes };
    }
}
