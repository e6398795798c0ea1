using System.CommandLine;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Analysis;
using SearchMining.Index.Evaluation;
using SearchMining.Corpus.Ingestion;
using SearchMining.Index.Querying;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining eval-relevance</c>: indexes the corpus in a temp folder, runs the judged needs under several ranking
/// configurations (and scores external runs, e.g. the Java Lucene peers), and prints nDCG@10 / recall@10.
/// </summary>
internal static class EvalRelevanceCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of reports.", DefaultValueFactory = _ => Path.Combine("samples", "reports") };
        var needs = new Option<string>("--needs") { DefaultValueFactory = _ => Path.Combine("data", "relevance", "needs.tsv") };
        var judgments = new Option<string>("--judgments") { DefaultValueFactory = _ => Path.Combine("data", "relevance", "judgments.tsv") };
        var runs = new Option<string[]>("--run") { Description = "External run file(s) to score: need TAB rank TAB sourceFile#sectionNumber.", AllowMultipleArgumentsPerToken = true };
        var export = new Option<string?>("--export-sections") { Description = "Write the parsed sections (key TAB text) for an external engine, then stop." };
        var perNeed = new Option<bool>("--per-need") { Description = "Also print nDCG@10 per need for the default configuration." };
        var grid = new Option<bool>("--grid") { Description = "Also run a grid of boosts (word, title, synonym, problems-intent)." };
        var writeRuns = new Option<string?>("--write-runs") { Description = "Folder to write each configuration's run (need TAB rank TAB key) to." };
        var command = new Command("eval-relevance", "Measure ranking quality (nDCG@10, recall@10) on the judged information needs in data/relevance.");
        foreach (var option in new Option[] { corpus, needs, judgments, runs, export, perNeed, writeRuns, grid }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var files = ReportIngestor.FindReportFiles(result.GetValue(corpus)!);
            if (files.Count == 0)
            {
                Console.Error.WriteLine($"No report files (.txt .md .docx .html .pdf) at {result.GetValue(corpus)}.");
                return 2;
            }
            if (result.GetValue(export) is { } exportPath) return await ExportAsync(files, exportPath, ct);
            foreach (var (name, file) in new[] { ("--needs", result.GetValue(needs)!), ("--judgments", result.GetValue(judgments)!) }.Concat((result.GetValue(runs) ?? []).Select(r => ("--run", r))))
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine($"{name}: file not found: {Path.GetFullPath(file)}");
                    return 2;
                }
            }
            var judged = RelevanceJudgments.Load(result.GetValue(needs)!, result.GetValue(judgments)!);
            var scores = new List<RelevanceScore>();
            var folder = Path.Combine(Path.GetTempPath(), $"searchmining-eval-{Guid.NewGuid():N}");
            try
            {
                await using (var index = ReportIndex.Open(new ReportIndexOptions(folder, IndexAnalyzerSets.CreateDefault())))
                {
                    await new ReportIngestor(index, new ReportFileReader()).IngestFilesAsync(files, cancellationToken: ct);
                    foreach (var (name, options) in Configurations(result.GetValue(grid)))
                    {
                        var ranked = RelevanceEvaluator.Run(new SectionSearchEngine(index, options), judged);
                        scores.AddRange(RelevanceEvaluator.Score(name, judged, ranked));
                        if (result.GetValue(writeRuns) is { } runFolder)
                        {
                            Directory.CreateDirectory(runFolder);
                            await File.WriteAllLinesAsync(Path.Combine(runFolder, string.Concat(name.Split(Path.GetInvalidFileNameChars())).Replace(' ', '_') + ".tsv"),
                                ranked.SelectMany(r => r.Value.Select((key, i) => $"{r.Key}\t{i + 1}\t{key}")), ct);
                        }
                        if (result.GetValue(perNeed) && options == RelevanceOptions.Default)
                            foreach (var need in judged)
                                Console.WriteLine($"{need.Id}\t{need.Query}\t{RankingMetrics.NdcgAt(10, ranked[need.Id], need.Judgments):0.000}\t{string.Join(' ', ranked[need.Id].Select(k => need.Judgments.GetValueOrDefault(k)))}");
                    }
                }
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            foreach (var run in result.GetValue(runs) ?? [])
                scores.AddRange(RelevanceEvaluator.Score(Path.GetFileNameWithoutExtension(run), judged, RelevanceEvaluator.ReadRun(run)));
            Print(scores);
            return 0;
        });
        return command;
    }

    /// <summary>The configurations compared in docs/RELEVANCE.md; the last is the default.</summary>
    private static IEnumerable<(string Name, RelevanceOptions Options)> Configurations(bool grid)
    {
        var plain = RelevanceOptions.Default with { UseSynonyms = false, ExactBoost = 0, ProblemIntentBoost = 0 };
        yield return ("jieba field only, precise-mode query", plain with { Fields = FieldMode.Words, QueryInSearchMode = false });
        yield return ("jieba field only", plain with { Fields = FieldMode.Words });
        yield return ("bigram field only", plain with { Fields = FieldMode.Bigram });
        yield return ("both fields", plain);
        yield return ("both + exact-substring boost", plain with { ExactBoost = RelevanceOptions.Default.ExactBoost });
        yield return ("both + exact + synonyms", plain with { ExactBoost = RelevanceOptions.Default.ExactBoost, UseSynonyms = true });
        yield return ("default (both + exact + synonyms + problems intent)", RelevanceOptions.Default);
        if (!grid) yield break;
        foreach (var w in new[] { 0.5f, 1f, 2f })
        foreach (var t in new[] { 0f, 1f })
        foreach (var sb in new[] { 0.3f, 0.6f, 1f })
        foreach (var pi in new[] { 0f, 1f, 2f })
            yield return ($"grid word={w} title={t} synonyms={sb} intent={pi}",
                RelevanceOptions.Default with { WordBoost = w, TitleBoost = t, SynonymBoost = sb, ProblemIntentBoost = pi });
    }

    private static async Task<int> ExportAsync(IReadOnlyList<string> files, string path, CancellationToken ct)
    {
        var reader = new ReportFileReader();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var output = new StreamWriter(path);
        var count = 0;
        foreach (var file in files)
        {
            var report = (await reader.ReadAsync(file, ct)).Report;
            if (report is null) continue;
            foreach (var section in report.Sections)
            {
                var text = section.Text.Replace('\t', ' ').Replace("\r", "").Replace('\n', '\u2028');
                await output.WriteLineAsync($"{RelevanceJudgments.SectionKey(report.SourceFile, section.Number)}\t{text}");
                count++;
            }
        }
        Console.WriteLine($"{count} sections written to {path}");
        return 0;
    }

    private static void Print(IReadOnlyList<RelevanceScore> scores)
    {
        var splits = scores.Select(s => s.Split).Distinct().ToList();
        Console.WriteLine("| run | " + string.Join(" | ", splits.Select(s => $"nDCG@10 {s} (n={scores.First(x => x.Split == s).Needs})")) + " | " + string.Join(" | ", splits.Select(s => $"recall@10 {s}")) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", splits.Count * 2)));
        foreach (var run in scores.GroupBy(s => s.Run))
            Console.WriteLine($"| {run.Key} | " + string.Join(" | ", splits.Select(s => $"{run.First(x => x.Split == s).NdcgAt10:0.000}")) + " | "
                              + string.Join(" | ", splits.Select(s => $"{run.First(x => x.Split == s).RecallAt10:0.000}")) + " |");
    }
}
