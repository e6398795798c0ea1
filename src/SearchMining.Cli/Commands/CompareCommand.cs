using System.CommandLine;
using System.Text.Json;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Serialization;
using SearchMining.Corpus;
using SearchMining.Mining.Timelines;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining compare &lt;a&gt; [&lt;b&gt;]</c>: report <c>a</c> (this year) against <c>b</c> (last year) — files or
/// report ids of the index; without <c>b</c>, the previous report of <c>a</c>'s agency.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "This year's report: a file, or a report id of the index." };
        var b = new Argument<string?>("b") { Description = "Last year's report: a file or a report id; omitted: the previous report of a's agency.", Arity = ArgumentArity.ZeroOrOne };
        var indexPath = new Option<string>("--index") { Description = "Index folder (report ids, and template phrases learned from its reports).", DefaultValueFactory = _ => CorpusOptions.DefaultIndexPath };
        var from = new Option<string[]>("--from") { Description = "Instead of the index: a folder of report files to learn template phrases from (and to find a's previous report in); repeat for more." };
                var sentences = new Option<bool>("--sentences") { Description = "Print the aligned sentences (= same, ~ changed with its diff, + added, - removed)." };
        var cells = new Option<bool>("--cells") { Description = "Print the table cells that differ." };
        var json = new Option<bool>("--json") { Description = "Print the whole comparison as JSON." };
        var command = new Command("compare", "Compare a report with last year's: sections aligned by topic, sentences changed/added/removed, reuse rate, tables cell by cell.");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        foreach (var option in new Option[] { indexPath, from, sentences, cells, json }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var folders = result.GetValue(from) ?? [];
            var (source, error) = folders.Length > 0
                ? await YearsSource.ReadFoldersAsync(folders, null, null, ct)
                : ReportCorpus.IndexExists(new CorpusOptions { IndexPath = result.GetValue(indexPath)! }.ResolvedAgainst(Environment.CurrentDirectory)) || !AreFiles(result.GetValue(a), result.GetValue(b))
                    ? YearsSource.OpenIndex(result.GetValue(indexPath)!)
                    : await YearsSource.ReadFoldersAsync([CorpusOptions.DefaultCorpusPath], null, null, ct);
            if (source is null)
            {
                Console.Error.WriteLine(error);
                return 3;
            }
            using (source)
            {
                var years = source.Years;
                var (current, currentError) = await ResolveAsync(result.GetValue(a)!, years, ct);
                if (current is null)
                {
                    Console.Error.WriteLine(currentError);
                    return 2;
                }
                Report? previous;
                if (result.GetValue(b) is { Length: > 0 } second)
                {
                    (previous, var previousError) = await ResolveAsync(second, years, ct);
                    if (previous is null)
                    {
                        Console.Error.WriteLine(previousError);
                        return 2;
                    }
                }
                else if ((previous = years.Previous(current)) is null)
                {
                    Console.Error.WriteLine($"{current.SourceFile}: no earlier report of {current.Agency ?? "its agency"} in the corpus; name the report to compare with.");
                    return 2;
                }
                var comparison = years.Comparer.Compare(current, previous);
                if (result.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(comparison, ReportJson.CreateOptions()));
                else ComparisonPrinter.Print(comparison, Console.Out, result.GetValue(sentences), result.GetValue(cells));
                return 0;
            }
        });
        return command;
    }

    private static bool AreFiles(string? a, string? b) => a is not null && File.Exists(a) && (string.IsNullOrEmpty(b) || File.Exists(b));

    private static async Task<(Report? Report, string? Error)> ResolveAsync(string value, YearsCorpus years, CancellationToken ct)
    {
        if (File.Exists(value))
        {
            var outcome = await new ReportFileReader().ReadAsync(value, ct);
            if (outcome.Report is not { } parsed) return (null, $"{value}: {outcome.Error!.Kind}: {outcome.Error.Message}");
            // the same report already in the corpus (same content id) carries its themes and agency
            return (years.Report(parsed.Id) ?? parsed, null);
        }
        return years.Report(value.Trim()) is { } report ? (report, null) : (null, $"'{value}' is neither a file nor a report id of the corpus.");
    }
}
