using System.CommandLine;
using System.Globalization;
using SearchMining.Analysis.Jieba;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Analysis;
using SearchMining.Index.Evaluation;
using SearchMining.Corpus.Ingestion;
using SearchMining.Index.Querying;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining eval-relevance</c>: indexes the corpus in a temp folder (jieba, bigram and SmartCn fields), runs the judged
/// needs under the configurations compared in docs/RELEVANCE.md (and scores external runs, e.g. the Java Lucene peers), and
/// prints nDCG@10 / recall@10 / zero-hit needs per split. Only the dev split is printed unless asked: the test split is
/// scored to report, never to tune.
/// </summary>
internal static class EvalRelevanceCommand
{
    /// <summary>Name of the row of <see cref="RelevanceOptions.Default"/>.</summary>
    public const string DefaultRun = "default";

    public static Command Create()
    {
        var set = new Option<string[]>("--set") { Description = "Folder(s) of judged sets: needs.tsv, judgments.tsv and (optional) corpus.txt listing its report folders. Several sets are pooled (each over its own corpus; need ids must differ).", DefaultValueFactory = _ => [Path.Combine("data", "relevance")], AllowMultipleArgumentsPerToken = true };
        var corpus = new Option<string[]>("--corpus") { Description = "Folder(s) of reports (default: the set's corpus.txt, else samples/reports).", AllowMultipleArgumentsPerToken = true };
        var needs = new Option<string?>("--needs") { Description = "needs.tsv (default: in --set)." };
        var judgments = new Option<string?>("--judgments") { Description = "judgments.tsv (default: in --set)." };
        var splits = new Option<string>("--splits") { Description = "Splits to print, comma-separated: dev, test, all. The test split is for reporting only.", DefaultValueFactory = _ => "dev" };
        var runs = new Option<string[]>("--run") { Description = "External run file(s) to score: need TAB rank TAB sourceFile#sectionNumber.", AllowMultipleArgumentsPerToken = true };
        var export = new Option<string?>("--export-sections") { Description = "Write the parsed sections, preamble included (key TAB text), for an external engine, then stop." };
        var perNeed = new Option<bool>("--per-need") { Description = "Also print nDCG@10 per need (printed splits only) for the default configuration." };
        var grid = new Option<bool>("--grid") { Description = "Also run a grid of the ranking knobs (coverage, related words, boosts)." };
        var plainSmartCn = new Option<bool>("--smartcn-plain") { Description = "Index the SmartCn field without the domain dictionary on top." };
        var only = new Option<string[]>("--configs") { Description = "Run only these configurations (names as printed, e.g. default).", AllowMultipleArgumentsPerToken = true };
        var highlighters = new Option<bool>("--highlighters") { Description = "Also compare our snippet highlighter with Lucene.Net.Highlighter on the needs' hits (printed splits)." };
        var cv = new Option<int>("--cv") { Description = "Also choose each knob of the ranking by N-fold cross-validation over the printed splits' needs (folds by a hash of the need id) and print the CV figures." };
        var rerankCv = new Option<int>("--rerank-cv") { Description = "Also score round 5's candidates (learned re-ranker of the top 100, repeats demoted, rank fusion) by N-fold cross-validation over the printed splits' needs (docs/RELEVANCE.md)." };
        var rerankCache = new Option<string?>("--rerank-cache") { Description = "With --rerank-cv: the candidates collected (written on the first run; when the file exists, read instead of indexing)." };
        var rerankLate = new Option<string[]>("--rerank-late") { Description = "With --rerank-cv: needs.tsv file(s) whose needs are held back from the CV, then scored once by each candidate trained on all the others (the late check).", AllowMultipleArgumentsPerToken = true };
        var rerankHoldout = new Option<string[]>("--rerank-holdout") { Description = "With --rerank-cv: needs.tsv file(s) whose needs are left out of the table altogether (to choose without them before a late check).", AllowMultipleArgumentsPerToken = true };
        var rerankSets = new Option<string[]>("--rerank-sets") { Description = "With --rerank-cv: needs.tsv files, one per judged set: each set held out in turn, every row trained on the others (leave one set out, docs/RELEVANCE.md round 8).", AllowMultipleArgumentsPerToken = true };
        var rerankTrain = new Option<string?>("--rerank-train") { Description = "Train the re-ranker on the printed splits' needs (with --rerank-cache: the cached candidates) and write it to this file (docs/RELEVANCE.md round 5)." };
        var writeRuns = new Option<string?>("--write-runs") { Description = "Folder to write each configuration's run (need TAB rank TAB key) to." };
        var maxScore = new Option<bool>("--max-score") { Description = "Search with the cheaper first pass on (SectionSearchEngine.MaxScore; off by default): its runs must be byte-identical to the runs without it." };
        var segmentThreads = new Option<int?>("--segment-threads") { Description = "Threads one search's segments run on (SectionSearchEngine.SegmentThreads; default the machine's cores, 1 = one after the other): the runs must be byte-identical." };
        var noTiers = new Option<bool>("--no-tiers") { Description = "Score every match instead of the top coverage tier first (SectionSearchEngine.ScoreByTier, on by default): the runs must be byte-identical either way." };
        var command = new Command("eval-relevance", "Measure ranking quality (nDCG@10, recall@10, zero-hit needs) on a judged set (docs/RELEVANCE.md).");
        foreach (var option in new Option[] { set, corpus, needs, judgments, splits, runs, export, perNeed, writeRuns, grid, plainSmartCn, highlighters, only, cv, rerankCv, rerankCache, rerankLate, rerankHoldout, rerankSets, rerankTrain, maxScore, segmentThreads, noTiers }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var setFolders = result.GetValue(set)!;
            if (setFolders.Length > 1 && (result.GetValue(corpus) is { Length: > 0 } || result.GetValue(needs) is not null || result.GetValue(judgments) is not null || result.GetValue(export) is not null))
            {
                Console.Error.WriteLine("--corpus, --needs, --judgments and --export-sections take one --set.");
                return 2;
            }
            var wanted = result.GetValue(splits)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var sets = new List<(string[] Folders, List<string> Files, IReadOnlyList<InformationNeed> Needs)>();
            foreach (var setFolder in setFolders)
            {
                var folders = result.GetValue(corpus) is { Length: > 0 } given ? given : CorpusOf(setFolder);
                var files = folders.SelectMany(f => ReportIngestor.FindReportFiles(f)).ToList();
                if (files.Count > 0 && result.GetValue(export) is { } exportPath) return await ExportAsync(files, exportPath, ct);
                var needsFile = result.GetValue(needs) ?? Path.Combine(setFolder, "needs.tsv");
                var judgmentsFile = result.GetValue(judgments) ?? Path.Combine(setFolder, "judgments.tsv");
                foreach (var (name, file) in new[] { ("--needs", needsFile), ("--judgments", judgmentsFile) })
                {
                    if (!File.Exists(file))
                    {
                        Console.Error.WriteLine($"{name}: file not found: {Path.GetFullPath(file)}");
                        return 2;
                    }
                }
                sets.Add((folders, files, RelevanceJudgments.Load(needsFile, judgmentsFile)));
            }
            foreach (var run in result.GetValue(runs) ?? [])
            {
                if (!File.Exists(run))
                {
                    Console.Error.WriteLine($"--run: file not found: {Path.GetFullPath(run)}");
                    return 2;
                }
            }
            var judged = sets.SelectMany(s => s.Needs).ToList();
            if (judged.GroupBy(n => n.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                Console.Error.WriteLine($"need id {twice.Key} is in more than one --set.");
                return 2;
            }
            if (sets.FirstOrDefault(s => s.Files.Count == 0) is { Folders: var empty, Needs: not null })
            {
                Console.Error.WriteLine($"No report files (.txt .md .docx .html .pdf) at {string.Join(", ", empty)}.");
                return 2;
            }
            var cvFolds = result.GetValue(cv);
            var chosen = result.GetValue(only) is { Length: > 0 } names ? names.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
            var configurations = Configurations(result.GetValue(grid)).Where(c => chosen is null || chosen.Contains(c.Name)).ToList();
            if (cvFolds > 1)
                configurations.AddRange(RelevanceGrid.Candidates().Where(c => configurations.All(k => k.Name != c.Name)).DistinctBy(c => c.Name).Select(c => (c.Name, c.Options)));
            var rerankFolds = result.GetValue(rerankCv);
            var trainTo = result.GetValue(rerankTrain);
            if (trainTo is not null && rerankFolds < 2) rerankFolds = 5;
            var collected = RerankExperiment.StageNames.ToDictionary(f => f, _ => new List<RerankExperiment.NeedCandidates>());
            if (rerankFolds > 1 && result.GetValue(rerankCache) is { } cached && File.Exists(cached))
            {
                var loaded = RerankExperiment.Load(cached);
                if (trainTo is not null) RerankExperiment.TrainAndWrite(loaded, trainTo);
                else RerankExperiment.Report(loaded, rerankFolds, LateNeeds(result.GetValue(rerankLate)), LateNeeds(result.GetValue(rerankHoldout)), PeerRuns(result.GetValue(runs)), result.GetValue(perNeed), SetsOf(result.GetValue(rerankSets)));
                return 0;
            }
            var rankedByRun = configurations.ToDictionary(c => c.Name, _ => new Dictionary<string, IReadOnlyList<string>>());
            foreach (var (folders, files, setNeeds) in sets)
            {
                var folder = Path.Combine(Path.GetTempPath(), $"searchmining-eval-{Guid.NewGuid():N}");
                try
                {
                    var analyzers = IndexAnalyzerSets.CreateWithSmartCn(JiebaSegmenter.CreateDefault(), domainWords: !result.GetValue(plainSmartCn));
                    await using var index = ReportIndex.Open(new ReportIndexOptions(folder, analyzers));
                    await new ReportIngestor(index, new ReportFileReader()).IngestFilesAsync(files, cancellationToken: ct);
                    foreach (var (name, options) in configurations)
                        foreach (var (need, keys) in RelevanceEvaluator.Run(new SectionSearchEngine(index, options) { MaxScore = result.GetValue(maxScore), ScoreByTier = !result.GetValue(noTiers), SegmentThreads = result.GetValue(segmentThreads) ?? SectionSearchEngine.DefaultSegmentThreads }, setNeeds))
                            rankedByRun[name][need] = keys;
                    if (rerankFolds > 1)
                        foreach (var (stage, list) in await RerankExperiment.CollectAsync(index, files, setNeeds.Where(n => wanted.Contains(n.Split) || wanted.Contains("all")).ToList(), ct))
                            collected[stage].AddRange(list);
                    if (result.GetValue(highlighters))
                        HighlighterComparison.Run(index, new SectionSearchEngine(index), setNeeds.Where(n => wanted.Contains(n.Split) || wanted.Contains("all")).ToList());
                }
                finally
                {
                    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                }
            }
            var scores = new List<RelevanceScore>();
            foreach (var (name, _) in configurations)
            {
                var ranked = rankedByRun[name];
                scores.AddRange(RelevanceEvaluator.Score(name, judged, ranked));
                if (result.GetValue(writeRuns) is { } runFolder)
                {
                    Directory.CreateDirectory(runFolder);
                    await File.WriteAllLinesAsync(Path.Combine(runFolder, string.Concat(name.Split(Path.GetInvalidFileNameChars())).Replace(' ', '_') + ".tsv"),
                        ranked.SelectMany(r => r.Value.Select((key, i) => $"{r.Key}\t{i + 1}\t{key}")), ct);
                }
                if (result.GetValue(perNeed) && name == DefaultRun)
                    foreach (var need in judged.Where(n => wanted.Contains(n.Split) || wanted.Contains("all")))
                        Console.WriteLine($"{need.Id}\t{need.Split}\t{need.Query}\t{RankingMetrics.NdcgAt(10, ranked[need.Id], need.Judgments):0.000}\t{string.Join(' ', ranked[need.Id].Select(k => need.Judgments.GetValueOrDefault(k)))}");
            }
            foreach (var run in result.GetValue(runs) ?? [])
                scores.AddRange(RelevanceEvaluator.Score(Path.GetFileNameWithoutExtension(run), judged, RelevanceEvaluator.ReadRun(run)));
            var allFolders = sets.SelectMany(s => s.Folders).Distinct().ToArray();
            Console.WriteLine($"{sets.Sum(s => s.Files.Count)} reports from {string.Join(", ", allFolders.Length > 3 ? [.. allFolders.Take(3), "…"] : allFolders)}; {judged.Count} needs ({string.Join(", ", judged.GroupBy(n => n.Split).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))})");
            var unanswerable = judged.Where(n => !n.Judgments.Values.Any(g => g > 0) && (wanted.Contains(n.Split) || wanted.Contains("all"))).Select(n => n.Id).ToList();
            if (unanswerable.Count > 0) Console.WriteLine($"left out of the means (no relevant section judged): {string.Join(", ", unanswerable)}");
            Print(scores.Where(s => wanted.Contains(s.Split)).ToList());
            if (rerankFolds > 1 && result.GetValue(rerankCache) is { } cache) RerankExperiment.Save(collected, cache);
            if (trainTo is not null) RerankExperiment.TrainAndWrite(collected, trainTo);
            else if (rerankFolds > 1) RerankExperiment.Report(collected, rerankFolds, LateNeeds(result.GetValue(rerankLate)), LateNeeds(result.GetValue(rerankHoldout)), PeerRuns(result.GetValue(runs)), result.GetValue(perNeed), SetsOf(result.GetValue(rerankSets)));
            if (cvFolds > 1) PrintCrossValidation(judged.Where(n => wanted.Contains(n.Split) || wanted.Contains("all")).ToList(), rankedByRun, cvFolds);
            return 0;
        });
        return command;
    }

    /// <summary>Ids of the needs listed in the given needs.tsv files (null when none is given).</summary>
    private static HashSet<string>? LateNeeds(string[]? files) =>
        files is not { Length: > 0 } ? null
            : files.SelectMany(f => File.ReadLines(f)).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Judged sets for leave-one-set-out, each named by its folder (data/relevance/v3/needs.tsv → v3), with its need ids.</summary>
    private static List<(string Name, IReadOnlySet<string> Ids)>? SetsOf(string[]? files) =>
        files is not { Length: > 0 } ? null
            : files.Select(f => (Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(f)))!, (IReadOnlySet<string>)LateNeeds([f])!)).ToList();

    /// <summary>External runs by file name (as the table names them).</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> PeerRuns(string[]? files) =>
        (files ?? []).ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, f => RelevanceEvaluator.ReadRun(f), StringComparer.Ordinal);

    /// <summary>The report folders a judged set was judged over: its corpus.txt (one folder a line), else the sample corpus.</summary>
    private static string[] CorpusOf(string setFolder)
    {
        var list = Path.Combine(setFolder, "corpus.txt");
        if (!File.Exists(list)) return [Core.Corpus.CorpusFolders.Samples];
        return File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
    }

    /// <summary>The configurations compared in docs/RELEVANCE.md: analyzers, query semantics, ranking ingredients; then the default.</summary>
    private static IEnumerable<(string Name, RelevanceOptions Options)> Configurations(bool grid)
    {
        var d = RelevanceOptions.Default;
        // Comparison rows vary the first stage (the re-ranker was trained on the default's first stage only).
        var first = d with { Rerank = false };
        var bare = first with { UseSynonyms = false, ExactBoost = 0, ProblemIntentBoost = 0 };
        // Analyzers: which fields score the words (coverage on, no related words, no extra boosts).
        yield return ("fields: jieba", bare with { Fields = FieldMode.Words });
        yield return ("fields: smartcn", bare with { Fields = FieldMode.SmartCn });
        yield return ("fields: bigram", bare with { Fields = FieldMode.Bigram });
        yield return ("fields: jieba+bigram", bare with { Fields = FieldMode.Combined });
        yield return ("fields: smartcn+bigram", bare with { Fields = FieldMode.SmartCn | FieldMode.Bigram });
        yield return ("fields: jieba+smartcn", bare with { Fields = FieldMode.Words | FieldMode.SmartCn });
        yield return ("fields: jieba+smartcn+bigram", bare with { Fields = FieldMode.Combined | FieldMode.SmartCn });
        // Query semantics on the default's fields and ingredients.
        yield return ("every query word required", first with { RequireAllWords = true });
        yield return ("plain OR (no coverage scores)", first with { CoverageBoost = 0, GroupCoverageBoost = 0 });
        foreach (var c in new[] { 0f, 1f, 3f, 10f, 100f })
            if (c != d.CoverageBoost) yield return ($"word coverage {c.ToString(CultureInfo.InvariantCulture)}", first with { CoverageBoost = c });
        foreach (var c in new[] { 0f, 10f, 100f })
            if (c != d.GroupCoverageBoost) yield return ($"group coverage {c.ToString(CultureInfo.InvariantCulture)}", first with { GroupCoverageBoost = c });
        yield return (d.IdfCoverage ? "coverage not weighted by specificity" : "coverage weighted by specificity", first with { IdfCoverage = !d.IdfCoverage });
        yield return ("a word's parts match on their own", first with { PartsMatch = true });
        yield return ("default + smartcn field", first with { Fields = d.Fields | FieldMode.SmartCn });
        yield return ("without related words", first with { UseSynonyms = false });
        yield return ("without exact-substring boost", first with { ExactBoost = 0 });
        yield return ("without problems intent", first with { ProblemIntentBoost = 0 });
        yield return ("round-2 default (BM25 k1 1.2, b 0.75, coverage by specificity)", first with { Bm25K1 = 1.2f, Bm25B = 0.75f, IdfCoverage = true, WordBoost = 2f, RelatedTieBreaker = 0.1f });
        yield return ("round-3 default (word boost 2, related tie-breaker 0.1)", first with { WordBoost = 2f, RelatedTieBreaker = 0.1f });
        yield return ("round-4 default (no re-ranker)", first);
        yield return (DefaultRun, d);
        if (!grid) yield break;
        foreach (var fields in new[] { FieldMode.Combined, FieldMode.Combined | FieldMode.SmartCn })
        foreach (var idf in new[] { false, true })
        foreach (var g in new[] { 10f, 100f })
        foreach (var c in new[] { 3f })
        foreach (var sb in new[] { 0.6f, 1f })
        foreach (var rc in new[] { 1f })
            yield return ($"grid fields={fields} idf={idf} group={g} word={c} related={sb} relatedCoverage={rc}",
                d with { Fields = fields, IdfCoverage = idf, GroupCoverageBoost = g, CoverageBoost = c, SynonymBoost = sb, RelatedCoverage = rc });
        foreach (var (w, b) in new[] { (1f, 1f), (3f, 1f), (2f, 0.5f), (2f, 2f) })
            yield return ($"grid words={w} bigram={b}", d with { WordBoost = w, BigramBoost = b });
        foreach (var rc in new[] { 0.5f })
            yield return ($"grid relatedCoverage={rc}", d with { RelatedCoverage = rc });
        foreach (var m in new[] { 0.01f, 0.2f })
            yield return ($"grid min coverage weight={m}", d with { MinCoverageWeight = m });
        foreach (var p in new[] { 0.3f, 0.5f, 0.7f })
            yield return ($"grid preamble weight={p.ToString(CultureInfo.InvariantCulture)}", d with { PreambleWeight = p });
        foreach (var e in new[] { 0f, 3f })
            yield return ($"grid exact={e}", d with { ExactBoost = e });
    }

    /// <summary>
    /// Per knob family (<see cref="RelevanceGrid"/>): the value chosen on the other folds, scored on each fold in turn; then the
    /// same over every candidate of every family at once (choosing all knobs together).
    /// </summary>
    private static void PrintCrossValidation(IReadOnlyList<InformationNeed> needs, IReadOnlyDictionary<string, Dictionary<string, IReadOnlyList<string>>> rankedByRun, int folds)
    {
        needs = needs.Where(n => n.Judgments.Values.Any(g => g > 0)).ToList();
        var perNeed = rankedByRun.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, NeedScore>)needs.ToDictionary(n => n.Id,
            n => new NeedScore(RankingMetrics.NdcgAt(RelevanceEvaluator.K, r.Value.GetValueOrDefault(n.Id) ?? [], n.Judgments),
                RankingMetrics.RecallAt(RelevanceEvaluator.K, r.Value.GetValueOrDefault(n.Id) ?? [], n.Judgments))));
        string Mean(string run) => perNeed[run].Values.Average(s => s.Ndcg).ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"Cross-validation: {folds} folds by sha256(need id) over {needs.Count} needs; each fold scored by the value chosen on the others.");
        Console.WriteLine("| knob family | candidates (in-sample nDCG@10) | CV nDCG@10 | CV recall@10 | chosen per fold | chosen on all |");
        Console.WriteLine("|---|---|---:|---:|---|---|");
        var candidates = RelevanceGrid.Candidates();
        foreach (var family in candidates.GroupBy(c => c.Family).Append(candidates.GroupBy(_ => "all families at once").Single()))
        {
            var names = family.Select(c => c.Name).Distinct().ToList();
            var cv = CrossValidation.Run(names, perNeed, folds);
            Console.WriteLine($"| {family.Key} | {string.Join(", ", names.Count > 12 ? names.Take(0).Append($"{names.Count} candidates") : names.Select(n => $"{n} {Mean(n)}"))} | {cv.Ndcg:0.000} | {cv.Recall:0.000} | {string.Join("; ", cv.ChosenPerFold)} | {cv.ChosenOnAll} |");
        }
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
            foreach (var section in report.SearchableSections())
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
        if (splits.Count == 0)
        {
            Console.WriteLine("(no needs in the requested splits)");
            return;
        }
        Console.WriteLine("| run | " + string.Join(" | ", splits.Select(s => $"nDCG@10 {s} (n={scores.First(x => x.Split == s).Needs})"))
                          + " | " + string.Join(" | ", splits.Select(s => $"recall@10 {s}"))
                          + " | " + string.Join(" | ", splits.Select(s => $"zero-hit {s}")) + " |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", splits.Count * 3)));
        foreach (var run in scores.GroupBy(s => s.Run))
            Console.WriteLine($"| {run.Key} | " + string.Join(" | ", splits.Select(s => $"{run.First(x => x.Split == s).NdcgAt10:0.000}")) + " | "
                              + string.Join(" | ", splits.Select(s => $"{run.First(x => x.Split == s).RecallAt10:0.000}")) + " | "
                              + string.Join(" | ", splits.Select(s => $"{run.First(x => x.Split == s).ZeroHits}")) + " |");
    }
}
