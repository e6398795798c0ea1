using System.CommandLine;
using System.Text.Json;
using SearchMining.Core.Checks;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Serialization;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining check &lt;file-or-folder&gt; [--history DIR] [--all] [--json | --csv]</c>: every quality rule on each report.
/// Year-over-year rules compare a report with the same agency's report of the year before among the reports given
/// (and those of <c>--history</c>).
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A report file or a folder of them." };
        var history = new Option<string?>("--history") { Description = "A folder of other reports where earlier years of the same agencies are looked for." };
        var all = new Option<bool>("--all") { Description = "Also print passing and not-assessable results (the table shows failures and uncertain ones by default)." };
        var json = new Option<bool>("--json") { Description = "Print every result with its evidence as JSON." };
        var csv = new Option<bool>("--csv") { Description = "Print every result as CSV (one line per result)." };
        var command = new Command("check", "Check reports against every 勾稽 and consistency rule (tables, text, years, form, deadline, substance).");
        command.Arguments.Add(path);
        command.Options.Add(history);
        command.Options.Add(all);
        command.Options.Add(json);
        command.Options.Add(csv);
        command.SetAction(async (result, ct) =>
        {
            var target = result.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                Console.Error.WriteLine($"{target}: no such file or folder.");
                return 2;
            }
            var reader = new ReportFileReader();
            var targets = await ReadAsync(reader, Files(target), ct);
            var others = result.GetValue(history) is { } folder ? await ReadAsync(reader, Files(folder), ct) : [];
            foreach (var failed in targets.Where(o => !o.Succeeded))
                Console.Error.WriteLine($"{failed.SourceFile}: {failed.Error!.Kind}: {ReportPrinter.OneLine(failed.Error.Message)}");
            var reports = targets.Where(o => o.Succeeded).Select(o => o.Report!).ToList();
            var known = new AgencyNameHistory(reports.Concat(others.Where(o => o.Succeeded).Select(o => o.Report!)));
            var checker = ReportChecker.All();
            var checks = reports.Select(r => checker.Run(r, known)).ToList();
            if (result.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(checks, ReportJson.CreateOptions()));
            else if (result.GetValue(csv))
                CheckCsv.Write(Console.Out, checks);
            else
                CheckPrinter.Print(checks, result.GetValue(all), Console.Out);
            return reports.Count > 0 ? 0 : 1;
        });
        return command;
    }

    private static IReadOnlyList<string> Files(string target) =>
        Directory.Exists(target)
            ? [.. Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                .Where(f => ReportFileReader.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal)]
            : [target];

    private static async Task<List<ParseOutcome>> ReadAsync(ReportFileReader reader, IReadOnlyList<string> files, CancellationToken ct)
    {
        var outcomes = new List<ParseOutcome>();
        foreach (var file in files) outcomes.Add(await reader.ReadAsync(file, ct));
        return outcomes;
    }
}
