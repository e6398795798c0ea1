using System.CommandLine;
using System.Text.Json;
using SearchMining.Core.Serialization;
using SearchMining.Corpus;
using SearchMining.Mining.Themes;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining agencies [key]</c>: the agencies across years (names joined, evidence), one agency's timeline, a
/// person's merges and splits (kept beside the index), the traced promises and the recurring themes.
/// </summary>
internal static class AgenciesCommand
{
    public static Command Create()
    {
        var key = new Argument<string?>("key") { Description = "An agency key (淮安市·洪泽区·政府) or any of its names' keys: print its timeline.", Arity = ArgumentArity.ZeroOrOne };
        var indexPath = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CorpusOptions.DefaultIndexPath };
        var from = new Option<string[]>("--from") { Description = "Instead of the index: a folder (or file) of reports, parsed and tagged now; repeat for more." };
        var model = new Option<string>("--model") { Description = "Theme model zip (used with --from).", DefaultValueFactory = _ => ThemeModelFiles.Model };
        var overrides = new Option<string?>("--overrides") { Description = "With --from: a file of a person's merges and splits to apply." };
        var merge = new Option<string[]>("--merge") { Description = "Merge two agencies: --merge <key> <key> (kept beside the index).", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var split = new Option<string[]>("--split") { Description = "With <key>: take these names (as written, or their keys) out of the agency.", AllowMultipleArgumentsPerToken = true };
        var note = new Option<string?>("--note") { Description = "Why (kept with a merge or split)." };
        var promises = new Option<bool>("--promises") { Description = "Print every commitment that has a next-year report, its class and its best link, as TSV." };
        var pairs = new Option<bool>("--pairs") { Description = "Print every commitment × next-year statement pair with the linker's features and score, as TSV (for judging and tuning)." };
        var reuse = new Option<bool>("--reuse") { Description = "Print every report with its agency's previous one and the reuse rates (overall and section 五), highest first, as TSV." };
        var recurring = new Option<bool>("--recurring") { Description = "Print the themes ranked by agencies naming them as a problem, per year with the trend, and the agencies where a theme recurs." };
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var command = new Command("agencies", "Agencies across years: names joined with their evidence, timelines (themes, reuse, promises and their follow-up), merges and splits, recurring themes.");
        command.Arguments.Add(key);
        foreach (var option in new Option[] { indexPath, from, model, overrides, merge, split, note, promises, pairs, reuse, recurring, json }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var folders = result.GetValue(from) ?? [];
            var (source, error) = folders.Length > 0
                ? await YearsSource.ReadFoldersAsync(folders, result.GetValue(model)!, result.GetValue(overrides), ct)
                : YearsSource.OpenIndex(result.GetValue(indexPath)!);
            if (source is null)
            {
                Console.Error.WriteLine(error);
                return 3;
            }
            using (source)
            {
                if (source.Unreadable > 0) Console.Error.WriteLine($"{source.Unreadable} file(s) could not be read as reports and are left out.");
                var jsonOptions = ReportJson.CreateOptions();
                var mergeKeys = result.GetValue(merge) ?? [];
                var splitNames = result.GetValue(split) ?? [];
                if (mergeKeys.Length > 0 || splitNames.Length > 0)
                {
                    if (source.View is not { } view)
                    {
                        Console.Error.WriteLine("Merges and splits are kept beside an index: use --index, not --from.");
                        return 2;
                    }
                    if (splitNames.Length > 0 && result.GetValue(key) is not { Length: > 0 })
                    {
                        Console.Error.WriteLine("--split needs the agency key: searchmining agencies <key> --split <name>…");
                        return 2;
                    }
                    var change = mergeKeys.Length > 0
                        ? view.Merge(mergeKeys[0], mergeKeys[1], result.GetValue(note), ct)
                        : view.Split(result.GetValue(key)!, splitNames, result.GetValue(note), ct);
                    if (!change.Succeeded)
                    {
                        Console.Error.WriteLine($"refused: {change.Refusal!.Reason}");
                        return change.UnknownAgency ? 2 : 4;
                    }
                    foreach (var agency in change.Agencies) Console.WriteLine($"{agency.Key}\t{agency.Name}\t{string.Join(",", agency.Years)}\t{string.Join("、", agency.Names.Select(n => n.Written))}");
                    Console.WriteLine($"kept in {view.Overrides.Path}");
                    return 0;
                }

                var years = source.Years;
                if (result.GetValue(promises))
                {
                    AgencyPrinter.PromisesHeader(Console.Out);
                    foreach (var agency in years.Directory.Agencies.Where(a => a.Years.Count > 1))
                        AgencyPrinter.Promises(agency, years.Timeline(agency), Console.Out);
                    return 0;
                }
                if (result.GetValue(pairs))
                {
                    AgencyPrinter.PairsHeader(Console.Out);
                    foreach (var agency in years.Directory.Agencies.Where(a => a.Years.Count > 1))
                        foreach (var year in agency.Years)
                            if (years.OfYear(agency, year) is { } report && years.OfYear(agency, year + 1) is { } next)
                                AgencyPrinter.Pairs(agency, report, next, years.Promises.Pairs(report, next), Console.Out);
                    return 0;
                }
                if (result.GetValue(reuse))
                {
                    AgencyPrinter.Reuse(years.Directory.Agencies.Where(a => a.Years.Count > 1).Select(a => (a, years.Timeline(a))), Console.Out);
                    AgencyPrinter.ReuseBaseline(years, Console.Out);
                    return 0;
                }
                if (result.GetValue(recurring))
                {
                    // The summary carries no statement: the JSON gives each agency's with them.
                    if (result.GetValue(json))
                        Console.WriteLine(JsonSerializer.Serialize(years.RecurrenceSummary with { Agencies = [.. years.RecurrenceSummary.Agencies.Select(years.WithStatements)] }, jsonOptions));
                    else AgencyPrinter.Recurring(years.RecurrenceSummary, Console.Out);
                    return 0;
                }
                if (result.GetValue(key) is { Length: > 0 } wanted)
                {
                    if (years.Directory.Find(wanted) is not { } agency)
                    {
                        Console.Error.WriteLine($"No agency '{wanted}'; `searchmining agencies` lists the keys.");
                        return 2;
                    }
                    var timeline = years.Timeline(agency);
                    if (result.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(timeline, jsonOptions));
                    else AgencyPrinter.Timeline(timeline, Console.Out);
                    return 0;
                }
                if (result.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(years.Directory.Agencies, jsonOptions));
                else AgencyPrinter.List(years.Directory.Agencies, years.Directory.Unidentified.Count, Console.Out);
                return 0;
            }
        });
        return command;
    }
}
