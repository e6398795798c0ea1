using System.CommandLine;
using System.Diagnostics;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>trace-ingest --corpus DIR</c>: the real CLI <c>index</c> of a generated corpus into a fresh index under
/// <c>dotnet-trace</c>, and where its time goes (parse, classify, JSON, documents, analysis, commits, merges). The trace
/// slows the ingest down: its rate is not a benchmark figure; `run` measures that without a trace.
/// </summary>
internal static class TraceIngestCommand
{
    public static Command Create(RepoPaths repo)
    {
        var corpus = new Option<string>("--corpus") { Description = "A generated corpus folder.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for the index, trace and report.", Required = true };
        var command = new Command("trace-ingest", "Trace the CLI ingest of a corpus with dotnet-trace and break its time down.");
        command.Options.Add(corpus);
        command.Options.Add(output);
        command.SetAction(async (result, ct) =>
        {
            if (!DotnetTrace.Installed)
            {
                Console.Error.WriteLine("dotnet-trace is not installed: dotnet tool install -g dotnet-trace");
                return 2;
            }
            var folder = result.GetValue(output)!;
            var index = Path.Combine(folder, "index");
            if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
            Directory.CreateDirectory(folder);
            var trace = Path.Combine(folder, "ingest.nettrace");
            var info = new ProcessStartInfo(DotnetTrace.Tool) { WorkingDirectory = repo.Root, UseShellExecute = false, RedirectStandardOutput = true };
            foreach (var arg in new[] { "collect", "--profile", DotnetTrace.Profile, "-o", trace, "--", "dotnet", repo.CliDll, "index", result.GetValue(corpus)!, "--index", index })
                info.ArgumentList.Add(arg);
            var watch = Stopwatch.StartNew();
            using (var process = Process.Start(info)!)
            {
                var lines = await process.StandardOutput.ReadToEndAsync(ct);
                await process.WaitForExitAsync(ct);
                Console.WriteLine(string.Join('\n', lines.Split('\n').Where(l => !l.StartsWith('[') && !l.StartsWith("committed", StringComparison.Ordinal))));
            }
            Console.WriteLine($"traced ingest took {watch.Elapsed.TotalSeconds:0.0} s (load {MachineLoad.Now()})");
            var report = await DotnetTrace.ReportAsync(trace, "ingest", ct);
            await File.WriteAllTextAsync(Path.Combine(folder, "ingest-breakdown.txt"), report, ct);
            Console.WriteLine(report[..report.IndexOf("\n\n", StringComparison.Ordinal)]);
            return 0;
        });
        return command;
    }
}
