using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Serialization;

namespace SearchMining.Cli.Commands;

/// <summary><c>searchmining parse &lt;file-or-folder&gt; [--json]</c>: parse reports and print them with their warnings.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A report file (.txt .md .docx .html .pdf) or a folder of them." };
        var json = new Option<bool>("--json") { Description = "Print the structured report(s) as JSON." };
        var command = new Command("parse", "Parse 政府信息公开工作年度报告 files into structured reports and print them with their warnings.");
        command.Arguments.Add(path);
        command.Options.Add(json);
        command.SetAction(async (result, ct) =>
        {
            var target = result.GetValue(path)!;
            var reader = new ReportFileReader();
            if (Directory.Exists(target)) return await ParseFolderAsync(reader, target, result.GetValue(json), ct);
            return await ParseFileAsync(reader, target, result.GetValue(json), ct);
        });
        return command;
    }

    private static async Task<int> ParseFileAsync(ReportFileReader reader, string file, bool json, CancellationToken ct)
    {
        var outcome = await reader.ReadAsync(file, ct);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(outcome, ReportJson.CreateOptions()));
            return outcome.Succeeded ? 0 : 1;
        }
        if (outcome.Report is null)
        {
            Console.Error.WriteLine($"{outcome.SourceFile}: {outcome.Error!.Kind}: {outcome.Error.Message}");
            return 1;
        }
        ReportPrinter.Print(outcome.Report, Console.Out);
        return 0;
    }

    private static async Task<int> ParseFolderAsync(ReportFileReader reader, string folder, bool json, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var outcomes = new List<ParseOutcome>();
        var total = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            var outcome = await reader.ReadAsync(file, ct);
            watch.Stop();
            outcomes.Add(outcome);
            if (!json) Console.WriteLine(ReportPrinter.SummaryLine(outcome, watch.Elapsed));
        }
        total.Stop();
        var ok = outcomes.Count(o => o.Succeeded);
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(outcomes, ReportJson.CreateOptions()));
        else
            Console.WriteLine($"{files.Count} files: {ok} parsed, {files.Count - ok} failed, {outcomes.Sum(o => o.Report?.Warnings.Count ?? 0)} warnings, {total.Elapsed.TotalMilliseconds:F0} ms in total");
        return ok > 0 || files.Count == 0 ? 0 : 1;
    }
}
