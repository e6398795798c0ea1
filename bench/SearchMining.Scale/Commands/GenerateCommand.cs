using System.CommandLine;
using SearchMining.Scale.Generation;

namespace SearchMining.Scale.Commands;

/// <summary><c>generate --count N --out DIR</c>: write a deterministic synthetic corpus (and optionally the sections TSV for the Java peer).</summary>
internal static class GenerateCommand
{
    public const int DefaultSeed = 18;

    public static Command Create(RepoPaths repo)
    {
        var count = new Option<int>("--count") { Description = "Reports to write (1000, 10000, 100000 …).", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write them to (kept out of the repository).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => DefaultSeed };
        var sources = new Option<string[]>("--source") { Description = "Folder(s) of real .txt reports to recombine (default samples/reports).", AllowMultipleArgumentsPerToken = true };
        var sections = new Option<string?>("--sections") { Description = "Also write the parsed sections (id, topic, year, agency, text) as TSV for the Java peer." };
        var command = new Command("generate", "Write a deterministic synthetic corpus recombining the sections of real reports.");
        foreach (var option in new Option[] { count, output, seed, sources, sections }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var folders = result.GetValue(sources) is { Length: > 0 } given ? given : repo.DefaultSources;
            var summary = await GenerateAsync(folders, result.GetValue(seed), result.GetValue(count), result.GetValue(output)!, result.GetValue(sections), Console.WriteLine, ct);
            return summary.ParseFailures == 0 ? 0 : 1;
        });
        return command;
    }

    public static async Task<CorpusWriteSummary> GenerateAsync(IReadOnlyList<string> sources, int seed, int count, string output, string? sectionsFile,
        Action<string> log, CancellationToken ct)
    {
        var corpus = await SourceCorpus.LoadAsync(sources, ct);
        log($"{corpus.Reports.Count} source reports with the six template sections ({corpus.Skipped.Count} left out) from {string.Join(", ", sources)}");
        var writer = new CorpusWriter(new ReportComposer(corpus, seed));
        var summary = writer.Write(output, count, sectionsFile, new InlineProgress<int>(done =>
        {
            if (done % 10_000 == 0 || done == count) log($"  {done}/{count}");
        }));
        log($"{summary.Reports} reports, {summary.TextBytes / 1048576.0:0.0} MiB of text ({summary.TextBytes / (double)summary.Reports / 1024:0.0} KiB a report), " +
            $"{summary.Sections} sections exported, {summary.ParseFailures} unparseable, in {summary.Elapsed.TotalSeconds:0.0} s → {output}");
        return summary;
    }
}
