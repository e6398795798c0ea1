using System.CommandLine;
using System.Text.Json;
using SearchMining.Corpus;
using SearchMining.Index.Searching;

namespace SearchMining.Cli.Commands;

/// <summary><c>searchmining search "&lt;query&gt;"</c>: search the index and print hits with snippets and facets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Query: words, \"phrases\", AND/OR/NOT/-word, field:value (agency region level year section theme kind), year:2021..2023.", DefaultValueFactory = _ => "" };
        var indexPath = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CorpusOptions.DefaultIndexPath };
        var size = new Option<int>("--size", "-n") { Description = $"Hits per page (max {SearchRequest.MaxSize}).", DefaultValueFactory = _ => SearchRequest.DefaultSize };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance, year or date.", DefaultValueFactory = _ => SearchSort.Relevance };
        var cursor = new Option<string?>("--cursor") { Description = "Cursor printed by the previous page." };
        var group = new Option<bool>("--group") { Description = "One hit per report with its best sections." };
        var like = new Option<string?>("--like") { Description = "Instead of a query: sections like this section id (more-like-this)." };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON." };
        var noExpand = new Option<bool>("--no-expand") { Description = "Match only the query words as written, not their related words." };
        var command = new Command("search", "Search the indexed report sections; prints hits with highlighted snippets and facet counts.");
        command.Arguments.Add(query);
        foreach (var option in new Option[] { indexPath, size, sort, cursor, group, like, json, noExpand }) command.Options.Add(option);
        command.SetAction(result =>
        {
            // read-only: no writer lock, so it works while the service (or an index run) writes
            using var corpus = ReadOnlyCorpus.Open(result.GetValue(indexPath)!);
            if (corpus is null) return 3;
            var engine = corpus.Search;
            var outcome = result.GetValue(like) is { Length: > 0 } sectionId
                ? engine.Similar(sectionId, result.GetValue(size))
                : engine.Search(new SearchRequest(result.GetValue(query) ?? "")
                {
                    Size = result.GetValue(size),
                    Sort = result.GetValue(sort),
                    Cursor = result.GetValue(cursor),
                    GroupByReport = result.GetValue(group),
                    Expand = !result.GetValue(noExpand),
                });
            if (outcome.Error is { } error)
            {
                Console.Error.WriteLine($"{error.Kind}: {error.Message}");
                if (error.Position is { } position && result.GetValue(query) is { } text)
                {
                    Console.Error.WriteLine("  " + text);
                    Console.Error.WriteLine("  " + new string(' ', position) + "^");
                }
                return 2;
            }
            if (result.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(outcome.Results, new JsonSerializerOptions(JsonSerializerDefaults.Web)
                {
                    WriteIndented = true,
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }));
            else
                SearchResultPrinter.Print(outcome.Results!, Console.Out);
            return 0;
        });
        return command;
    }
}
