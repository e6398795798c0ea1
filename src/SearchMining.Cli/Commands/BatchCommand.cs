using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SearchMining.Corpus;
using SearchMining.Workflows;
using SearchMining.Workflows.Batch;

namespace SearchMining.Cli.Commands;

/// <summary><c>searchmining batch &lt;file&gt;</c>: run every query of a TXT or CSV file and print each one's hit counts and top hits as CSV.</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Queries: .txt (one a line, field clauses as filters, # comments) or .csv (columns q, label, agency, region, level, year, section, theme, kind)." };
        var indexPath = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CorpusOptions.DefaultIndexPath };
        var top = new Option<int>("--top", "-n") { Description = $"Top hits per query (1–{WorkflowOptions.MaxBatchTopHits}).", DefaultValueFactory = _ => WorkflowOptions.DefaultBatchTopHits };
        var output = new Option<string?>("--out", "-o") { Description = "Write the CSV to this file (default: standard output)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The service's address, so each hit's link opens the report at the hit (e.g. http://localhost:5000)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of CSV." };
        var command = new Command("batch", "Run a batch of queries (one a line, optional filters per line): per query the matching sections and reports and the top hits, as CSV.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { indexPath, top, output, baseUrl, json }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"No batch file at {path}.");
                return 2;
            }
            var hits = result.GetValue(top);
            if (hits is < 1 or > WorkflowOptions.MaxBatchTopHits)
            {
                Console.Error.WriteLine($"--top must be between 1 and {WorkflowOptions.MaxBatchTopHits}.");
                return 2;
            }
            var (queries, fileError) = BatchFileReader.Read(await File.ReadAllBytesAsync(path, ct), path, WorkflowOptions.DefaultMaxBatchQueries * 100);
            if (fileError is not null)
            {
                Console.Error.WriteLine($"{fileError.Kind}: {fileError.Message}");
                return 2;
            }
            // read-only: no writer lock, so it works while the service (or an index run) writes
            using var corpus = ReadOnlyCorpus.Open(result.GetValue(indexPath)!);
            if (corpus is null) return 3;
            var clock = Stopwatch.StartNew();
            var results = new BatchRunner(corpus.Search).RunAll(queries, hits, result.GetValue(baseUrl), ct);
            var elapsed = clock.Elapsed;

            var target = result.GetValue(output);
            if (target is null)
            {
                await WriteAsync(Console.Out, results, result.GetValue(json), byteOrderMark: false);
                await Console.Out.FlushAsync(ct);
            }
            else
            {
                await using var file = new StreamWriter(target, false, new UTF8Encoding(false));
                await WriteAsync(file, results, result.GetValue(json), byteOrderMark: true);
            }
            var failed = results.Count(r => r.Error is not null);
            Console.Error.WriteLine($"{results.Count} queries in {elapsed.TotalSeconds:0.00} s: {results.Count(r => r.Sections > 0)} with hits, {results.Count(r => r.Error is null && r.Sections == 0)} without, {failed} failed.");
            return 0;
        });
        return command;
    }

    private static Task WriteAsync(TextWriter writer, IReadOnlyList<BatchResult> results, bool json, bool byteOrderMark) => json
        ? writer.WriteLineAsync(JsonSerializer.Serialize(results, new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        : BatchCsvWriter.WriteAsync(writer, results, byteOrderMark);
}
