using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using SearchMining.Index.Storage;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>run --count N</c>: one benchmark session at one corpus size — generate the corpus (or reuse it), ingest it through the
/// real CLI into a fresh index, measure the real service (start-up, memory, query mix at 1 and 8 clients, corpus views),
/// optionally profile the engine in-process, and write everything as JSON under the data folder.
/// </summary>
internal static class RunCommand
{
    public const string DefaultDataFolder = "/work/scale-data";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create(RepoPaths repo)
    {
        var count = new Option<int>("--count") { Description = "Reports in the corpus.", Required = true };
        var data = new Option<string>("--data") { Description = "Folder for corpora, indexes and results (outside the repository).", DefaultValueFactory = _ => DefaultDataFolder };
        var seed = new Option<int>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => GenerateCommand.DefaultSeed };
        var rounds = new Option<int>("--rounds") { Description = "Times each client sends the whole 20-query mix.", DefaultValueFactory = _ => 5 };
        var clients = new Option<int[]>("--clients") { Description = "Client counts to measure.", DefaultValueFactory = _ => [1, 8], AllowMultipleArgumentsPerToken = true };
        var reuseIndex = new Option<bool>("--reuse-index") { Description = "Measure the service over the existing index instead of ingesting again." };
        var trace = new Option<bool>("--trace") { Description = "Also record 30 s of 8-client load with dotnet-trace and keep its top methods." };
        var profileRounds = new Option<int>("--profile-rounds") { Description = "In-process engine profile: timed runs per query variant (0: none).", DefaultValueFactory = _ => 0 };
        var command = new Command("run", "Generate (or reuse) a corpus, ingest it with the CLI, measure the service, write results JSON.");
        foreach (var option in new Option[] { count, data, seed, rounds, clients, reuseIndex, trace, profileRounds }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            await RunAsync(repo, result.GetValue(count), result.GetValue(data)!, result.GetValue(seed), result.GetValue(rounds), result.GetValue(clients)!,
                result.GetValue(reuseIndex), result.GetValue(trace), result.GetValue(profileRounds), ct);
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(RepoPaths repo, int count, string data, int seed, int rounds, int[] clients, bool reuseIndex, bool trace,
        int profileRounds, CancellationToken ct)
    {
        var started = DateTimeOffset.Now;
        var name = seed == GenerateCommand.DefaultSeed ? $"{count}" : $"{count}-s{seed}";
        var corpus = Path.Combine(data, $"corpus-{name}");
        var indexPath = Path.Combine(data, $"index-{name}");
        var results = Path.Combine(data, "results");
        Directory.CreateDirectory(results);
        var stamp = started.ToString("yyyyMMdd-HHmmss");
        var work = Path.Combine(results, $"{name}-{stamp}");
        Directory.CreateDirectory(work);
        var loads = new Dictionary<string, string> { ["start"] = MachineLoad.Now() };
        static void Log(string line) => IndexMixOptions.Log(line);

        var manifest = Path.Combine(corpus, "manifest.tsv");
        if (!File.Exists(manifest) || File.ReadLines(manifest).Count() != count + 1)
        {
            Log($"generating {count} reports into {corpus}");
            await GenerateCommand.GenerateAsync(repo.DefaultSources, seed, count, corpus, Path.Combine(corpus, "sections.tsv"), Log, ct);
        }
        var rows = File.ReadLines(manifest).Skip(1).Select(l => l.Split('\t')).ToList();
        var inputBytes = rows.Sum(r => long.Parse(r[8]));
        var mix = MixQuery.Load(repo.QueryMix, rows[0][2]);

        CliIngestResult? ingest = null;
        if (!reuseIndex || !ReportIndex.Exists(indexPath))
        {
            if (Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);
            Log($"ingesting with the CLI into {indexPath}");
            loads["ingest-start"] = MachineLoad.Now();
            ingest = await CliIngest.RunAsync(repo.CliDll, corpus, indexPath, count, inputBytes, repo.Root, Path.Combine(work, "ingest.log"), [], ct);
            loads["ingest-end"] = MachineLoad.Now();
            Log($"ingest: {ingest.ReportsPerSecond:0.0} reports/s, {ingest.MiBPerSecond:0.00} MiB/s, index {ingest.IndexBytes / 1048576.0:0} MiB = " +
                $"{ingest.IndexToInput:0.00}× input, peak RSS {ingest.PeakRssMiB:0} MiB, exit {ingest.ExitCode}");
        }

        loads["service-start"] = MachineLoad.Now();
        var service = await new ServiceBenchmark(repo.ApiDll, repo.Model, work).RunAsync(indexPath, mix, clients, rounds,
            trace ? Path.Combine(work, "service.nettrace") : null, Log, ct);
        loads["service-end"] = MachineLoad.Now();
        if (service.TraceReport is not null) await File.WriteAllTextAsync(Path.Combine(work, "trace-top.txt"), service.TraceReport, ct);

        ProfileResult? profile = null;
        if (profileRounds > 0)
        {
            loads["profile-start"] = MachineLoad.Now();
            profile = await ProfileCommand.ProfileAsync(indexPath, mix, profileRounds, Log);
            loads["profile-end"] = MachineLoad.Now();
        }

        var run = new ScaleRunResult(count, seed, started, Machine(), inputBytes, loads, ingest, service, profile);
        var file = Path.Combine(work, "result.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(run, Json), ct);
        Log($"results: {file}");
    }

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
