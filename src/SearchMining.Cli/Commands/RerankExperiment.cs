using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using RankingMetrics = SearchMining.Index.Evaluation.RankingMetrics;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Evaluation;
using SearchMining.Index.Querying;
using SearchMining.Index.Ranking;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>eval-relevance --rerank-cv N</c>: round 6's re-ranker candidates (feature sets × LightGbm LambdaRank sizes and
/// regularisation), each scored by N-fold cross-validation over needs (folds as <see cref="CrossValidation.Fold"/>, trained on
/// the other folds' needs only) with the peers on the same needs, an optional late check on held-back needs, and the
/// features' cost (docs/RELEVANCE.md round 6; round 5's RRF, repeat demotion and linear rows are in its table).
/// </summary>
internal static class RerankExperiment
{
    public const int Depth = 100;

    /// <summary>First-stage candidates of one need (default ranking) and the fields' rankings for fusion.</summary>
    internal sealed record NeedCandidates(InformationNeed Need, IReadOnlyList<string> Keys, IReadOnlyList<RerankCandidate> Candidates,
        IReadOnlyDictionary<string, IReadOnlyList<string>> Rankings);

    /// <summary>The default ranking without its second stage: what the re-ranker is trained on and re-orders.</summary>
    private static readonly RelevanceOptions FirstStage = RelevanceOptions.Default with { Rerank = false };

    private static readonly (string Name, RelevanceOptions Options)[] FusionRuns =
    [
        ("bigram", FirstStage with { Fields = FieldMode.Bigram }),
        ("jieba", FirstStage with { Fields = FieldMode.Words }),
        ("smartcn", FirstStage with { Fields = FieldMode.SmartCn }),
    ];

    /// <summary>Candidates as collected, to re-run the models without re-indexing (<c>--rerank-cache</c>).</summary>
    public static void Save(IReadOnlyList<NeedCandidates> all, string path) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(all.Select(n => new CachedNeed(n.Need.Id, n.Need.Split, n.Need.Query, n.Need.Description,
            n.Need.Judgments.ToDictionary(), n.Keys, n.Candidates, n.Rankings.ToDictionary()))));

    public static IReadOnlyList<NeedCandidates> Load(string path) =>
        System.Text.Json.JsonSerializer.Deserialize<List<CachedNeed>>(File.ReadAllText(path))!
            .Select(c => new NeedCandidates(new InformationNeed(c.Id, c.Split, c.Query, c.Description, c.Judgments), c.Keys,
                c.Candidates,
                c.Rankings.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value))).ToList();

    private sealed record CachedNeed(string Id, string Split, string Query, string Description, Dictionary<string, int> Judgments, IReadOnlyList<string> Keys,
        IReadOnlyList<RerankCandidate> Candidates, Dictionary<string, IReadOnlyList<string>> Rankings);

    public static async Task<IReadOnlyList<NeedCandidates>> CollectAsync(ReportIndex index, IReadOnlyList<string> files, IReadOnlyList<InformationNeed> needs, CancellationToken ct)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new ReportFileReader();
        foreach (var file in files)
        {
            var report = (await reader.ReadAsync(file, ct)).Report;
            if (report is null) continue;
            foreach (var section in report.SearchableSections()) texts[RelevanceJudgments.SectionKey(report.SourceFile, section.Number)] = section.Text;
        }
        var engine = new SectionSearchEngine(index, FirstStage);
        var others = FusionRuns.Select(r => (r.Name, Engine: new SectionSearchEngine(index, r.Options))).ToList();
        var result = new List<NeedCandidates>();
        var shipped = new SectionSearchEngine(index);
        var (withStage, without, hundred) = (new List<(double Wall, double Cpu)>(), new List<(double Wall, double Cpu)>(), new List<(double Wall, double Cpu)>());
        foreach (var need in needs)
        {
            // Cost of the second stage: the shipped engine against its first stage alone, a page of 10 (and the first stage's
            // page of 100: collecting, matching and reading the window without re-ranking it), best of 3.
            withStage.Add(BestOf3(() => shipped.Search(new SearchRequest(need.Query) { IncludeFacets = false, Snippets = 0 })));
            without.Add(BestOf3(() => engine.Search(new SearchRequest(need.Query) { IncludeFacets = false, Snippets = 0 })));
            hundred.Add(BestOf3(() => engine.Search(new SearchRequest(need.Query) { Size = Depth, IncludeFacets = false, Snippets = 0 })));
            var hits = Top(engine, need.Query);
            var keys = hits.Select(h => RelevanceJudgments.SectionKey(h.SourceFile, h.SectionNumber)).ToList();
            var candidates = hits.Select((h, i) => new RerankCandidate(texts.GetValueOrDefault(keys[i]) ?? "", h.SectionTopic, h.Score,
                h.MatchedTerms, h.MissingTerms.Count, h.Related.Count)).ToList();
            var rankings = others.ToDictionary(o => o.Name, o => (IReadOnlyList<string>)Top(o.Engine, need.Query).Select(h => RelevanceJudgments.SectionKey(h.SourceFile, h.SectionNumber)).ToList());
            result.Add(new NeedCandidates(need, keys, candidates, rankings));
        }
        if (withStage.Count > 0)
            foreach (var (clock, pick) in new (string, Func<(double Wall, double Cpu), double>)[] { ("wall", t => t.Wall), ("thread CPU", t => t.Cpu) })
            {
                var added = withStage.Zip(without, (a, b) => pick(a) - pick(b)).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"second-stage cost over {added.Count} queries ({clock}): first stage median {Median(without, pick):0.00} ms (a page of {Depth}: {Median(hundred, pick):0.00} ms), with re-ranker {Median(withStage, pick):0.00} ms; added median {added[added.Count / 2]:0.00} ms, p95 {added[(int)(added.Count * 0.95)]:0.00} ms; load {Load()}"));
            }
        return result;
    }

    private static double Median(List<(double Wall, double Cpu)> times, Func<(double Wall, double Cpu), double> pick) => times.Select(pick).Order().ElementAt(times.Count / 2);

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>Best of 3 runs, in wall time and in the thread's CPU time (the work done, less sensitive to a busy machine).</summary>
    private static (double Wall, double Cpu) BestOf3(Action search)
    {
        var (wall, cpu) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < 3; i++)
        {
            var startCpu = SearchMining.Bench.Shared.ThreadCpuTime.Nanoseconds();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            search();
            wall = Math.Min(wall, watch.Elapsed.TotalMilliseconds);
            if (startCpu is { } s && SearchMining.Bench.Shared.ThreadCpuTime.Nanoseconds() is { } e) cpu = Math.Min(cpu, (e - s) / 1e6);
        }
        return (wall, cpu == double.MaxValue ? double.NaN : cpu);
    }

    private static IReadOnlyList<SearchHit> Top(SectionSearchEngine engine, string query) =>
        engine.Search(new SearchRequest(query) { Size = Depth, IncludeFacets = false, Snippets = 0 }).Results?.Hits ?? [];

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public float Label { get; set; }
        public uint Group { get; set; }
    }

    /// <summary>A feature set: the features of a need's first <see cref="Depth"/> candidates, as columns of <see cref="RerankFeatures.Names"/>.</summary>
    private sealed record FeatureSet(string Name, IReadOnlyList<string> Columns, int Depth = RerankExperiment.Depth)
    {
        public float[][] Compute(NeedCandidates n)
        {
            var all = RerankFeatures.Compute(n.Need.Query, n.Candidates.Take(Depth).ToList());
            if (Columns.Count == RerankFeatures.Names.Count) return all;
            var at = Columns.Select(c => RerankFeatures.Names.ToList().IndexOf(c)).ToArray();
            return all.Select(f => at.Select(i => f[i]).ToArray()).ToArray();
        }
    }

    private static readonly string[] LastAdded = ["specific held share", "longest shared run", "query characters held"];
    private static readonly string[] NeedShapeColumns = ["contact need", "contact need x contact marks", "figure need", "figure need x digits", "commitment need", "commitment need x future words"];

    private static readonly FeatureSet[] FeatureSets =
    [
        new("28 features, top 100", RerankFeatures.Names),
        new("28 features, top 50", RerankFeatures.Names, 50),
        new("28 features, top 30", RerankFeatures.Names, 30),
        new("25 features (without round 5's last three), top 100", [.. RerankFeatures.Names.Except(LastAdded)]),
        new("19 general features (no need shape, no last three), top 100", [.. RerankFeatures.Names.Except(LastAdded).Except(NeedShapeColumns)]),
    ];

    private const string Regularised = "LightGbm LambdaRank 16 leaves 200 trees, ≥ 50 per leaf, half the features per tree";

    /// <summary>(feature set, trainer) pairs scored by CV; the first is round 5's shipped re-ranker.</summary>
    private static readonly (int FeatureSet, string Trainer)[] Candidates =
    [
        (0, Round5Trainer), (0, "LightGbm LambdaRank 8 leaves 100 trees"), (0, "LightGbm LambdaRank 4 leaves 100 trees"), (0, Regularised),
        (0, "LightGbm LambdaRank 8 leaves 100 trees, ≥ 50 per leaf, half the features per tree"),
        (1, Round5Trainer), (1, Regularised), (2, Round5Trainer), (2, Regularised),
        (3, Round5Trainer), (3, Regularised), (4, Round5Trainer), (4, Regularised),
    ];

    private static string NameOf((int FeatureSet, string Trainer) c) => $"{FeatureSets[c.FeatureSet].Name}; {c.Trainer}";

    /// <summary>
    /// Round 6's table: each candidate's CV figure over the needs not held back (re-ranker trained inside the folds, sorted
    /// within coverage tiers as the engine does), the peers on the same needs, paired bootstrap intervals against the first
    /// stage and against the best peer; then, when needs are held back (<paramref name="late"/>), each candidate trained on
    /// all the others and scored once on them (the late check); the features' cost per query from the cached candidates.
    /// </summary>
    public static void Report(IReadOnlyList<NeedCandidates> all, int folds, IReadOnlySet<string>? late,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> peers, bool perNeedRows)
    {
        var scored = all.Where(n => n.Need.Judgments.Values.Any(g => g > 0)).OrderBy(n => n.Need.Id, StringComparer.Ordinal).ToList();
        var needs = scored.Where(n => late is null || !late.Contains(n.Need.Id)).ToList();
        var held = scored.Where(n => late is not null && late.Contains(n.Need.Id)).ToList();
        var features = FeatureSets.Select(f => scored.ToDictionary(n => n.Need.Id, f.Compute)).ToArray();
        PrintCost(scored);

        var ml = new MLContext(seed: 1);
        var trainers = Trainers(ml).ToDictionary(t => t.Name, t => t.Fit);
        var runs = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>
        {
            ["first stage (round-4 default)"] = needs.ToDictionary(n => n.Need.Id, n => n.Keys),
        };
        foreach (var candidate in Candidates)
        {
            var table = features[candidate.FeatureSet];
            var width = FeatureSets[candidate.FeatureSet].Columns.Count;
            var run = new Dictionary<string, IReadOnlyList<string>>();
            for (var fold = 0; fold < folds; fold++)
            {
                var model = Train(ml, trainers[candidate.Trainer], needs.Where(n => CrossValidation.Fold(n.Need.Id, folds) != fold).ToList(), table, width);
                foreach (var (id, order) in Rank(ml, model, needs.Where(n => CrossValidation.Fold(n.Need.Id, folds) == fold).ToList(), table, width)) run[id] = order;
            }
            runs[NameOf(candidate)] = run;
        }
        foreach (var (name, run) in peers) runs[name] = needs.ToDictionary(n => n.Need.Id, n => run.GetValueOrDefault(n.Need.Id) ?? []);
        var perNeed = PerNeed(runs, needs);
        var family = Candidates.Where(c => c.FeatureSet == 0).Select(NameOf).ToList();
        var nested = CrossValidation.Run(family, perNeed, folds);
        Console.WriteLine($"model size and regularisation (28 features, top 100) also chosen on the other folds (nested): CV nDCG@10 {nested.Ndcg:0.000} (chosen per fold: {string.Join("; ", nested.ChosenPerFold)})");
        var peerNames = peers.Keys.Where(k => !k.Contains("-and", StringComparison.Ordinal)).ToList();
        var bestPeer = peerNames.OrderByDescending(p => needs.Average(n => perNeed[p][n.Need.Id].Ndcg)).FirstOrDefault();
        Console.WriteLine();
        Console.WriteLine($"Round-6 candidates: {folds}-fold CV by sha256(need id) over {needs.Count} needs{(held.Count > 0 ? $" ({held.Count} held back for the late check)" : "")}; re-rankers trained on the other folds only, over the first stage's top 100, 50 or 30 (the row says), ordered within coverage tiers, the rest in the first stage's order.");
        PrintTable(runs.Keys.ToList(), needs, perNeed, bestPeer);

        if (held.Count > 0)
        {
            var lateRuns = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>
            {
                ["first stage (round-4 default)"] = held.ToDictionary(n => n.Need.Id, n => n.Keys),
            };
            foreach (var candidate in Candidates)
            {
                var table = features[candidate.FeatureSet];
                var width = FeatureSets[candidate.FeatureSet].Columns.Count;
                var model = Train(ml, trainers[candidate.Trainer], needs, table, width);
                lateRuns[NameOf(candidate)] = Rank(ml, model, held, table, width).ToDictionary(r => r.Id, r => r.Order);
            }
            foreach (var (name, run) in peers) lateRuns[name] = held.ToDictionary(n => n.Need.Id, n => run.GetValueOrDefault(n.Need.Id) ?? []);
            var latePerNeed = PerNeed(lateRuns, held);
            Console.WriteLine();
            Console.WriteLine($"Late check: each candidate trained on the {needs.Count} needs above, scored once on the {held.Count} held back.");
            PrintTable(lateRuns.Keys.ToList(), held, latePerNeed, bestPeer);
        }
        if (perNeedRows)
            foreach (var n in needs)
                Console.WriteLine($"need\t{n.Need.Id}\t{n.Need.Query}\t{string.Join('\t', runs.Keys.Select(r => perNeed[r][n.Need.Id].Ndcg.ToString("0.000", CultureInfo.InvariantCulture)))}");
    }

    private static Dictionary<string, IReadOnlyDictionary<string, NeedScore>> PerNeed(Dictionary<string, Dictionary<string, IReadOnlyList<string>>> runs, IReadOnlyList<NeedCandidates> needs) =>
        runs.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, NeedScore>)needs.ToDictionary(n => n.Need.Id,
            n => new NeedScore(RankingMetrics.NdcgAt(RelevanceEvaluator.K, r.Value[n.Need.Id], n.Need.Judgments), RankingMetrics.RecallAt(RelevanceEvaluator.K, r.Value[n.Need.Id], n.Need.Judgments))));

    private static void PrintTable(IReadOnlyList<string> names, IReadOnlyList<NeedCandidates> needs, IReadOnlyDictionary<string, IReadOnlyDictionary<string, NeedScore>> perNeed, string? bestPeer)
    {
        Console.WriteLine($"| run | nDCG@10 | recall@10 | − first stage [95 % interval] | − {bestPeer ?? "best peer"} [95 % interval] | P(not above it) |");
        Console.WriteLine("|---|---:|---:|---|---|---:|");
        List<double> Ndcgs(string name) => needs.Select(n => perNeed[name][n.Need.Id].Ndcg).ToList();
        var baseline = Ndcgs(names[0]);
        var peer = bestPeer is null ? null : Ndcgs(bestPeer);
        foreach (var name in names)
        {
            var ndcg = Ndcgs(name);
            var recall = needs.Average(n => perNeed[name][n.Need.Id].Recall);
            var (d, lo, hi, _) = NeedBootstrap.Difference(ndcg, baseline);
            var vsPeer = peer is null ? "" : Interval(NeedBootstrap.Difference(ndcg, peer));
            var p = peer is null ? 1 : NeedBootstrap.Difference(ndcg, peer).NotBetter;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ndcg.Average():0.000} | {recall:0.000} | {Interval((d, lo, hi, 0))} | {vsPeer} | {p:0.000} |"));
        }
    }

    private static string Interval((double Observed, double Low, double High, double NotBetter) d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Observed:+0.000;-0.000;0.000} [{d.Low:+0.000;-0.000;0.000}, {d.High:+0.000;-0.000;0.000}]");

    /// <summary>Each need's candidates in the model's order, within coverage tiers (as <see cref="SectionReranker"/> orders them).</summary>
    private static IEnumerable<(string Id, IReadOnlyList<string> Order)> Rank(MLContext ml, ITransformer model, IReadOnlyList<NeedCandidates> needs, IReadOnlyDictionary<string, float[][]> table, int width)
    {
        var scores = model.Transform(Data(ml, needs, table, width)).GetColumn<float>("Score").ToArray();
        var at = 0;
        foreach (var n in needs)
        {
            // The window (the first rows the features cover) in the model's order, the rest in the first stage's.
            var window = table[n.Need.Id].Length;
            var s = scores.AsSpan(at, window).ToArray();
            at += window;
            yield return (n.Need.Id, Enumerable.Range(0, window).OrderByDescending(i => Tier(n.Candidates[i])).ThenByDescending(i => s[i]).ThenBy(i => i)
                .Select(i => n.Keys[i]).Concat(n.Keys.Skip(window)).ToList());
        }
    }

    /// <summary>
    /// The features' cost per query over the cached candidates (stored text already read), each followed by the shipped
    /// model's tree walk, for the top 100, 50 and 30; best of 3 per query.
    /// </summary>
    private static void PrintCost(IReadOnlyList<NeedCandidates> needs)
    {
        var model = RerankModel.Default;
        foreach (var depth in new[] { 100, 50, 30 })
        {
            var times = needs.Select(n => BestOf3(() =>
            {
                var f = RerankFeatures.Compute(n.Need.Query, n.Candidates.Take(depth).ToList());
                if (model is not null && f.Length > 0 && f[0].Length == model.Features.Count) foreach (var row in f) model.Score(row);
            })).ToList();
            foreach (var (clock, pick) in new (string, Func<(double Wall, double Cpu), double>)[] { ("wall", t => t.Wall), ("thread CPU", t => t.Cpu) })
            {
                var sorted = times.Select(pick).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"features + trees over the cached top {depth} ({clock}): median {sorted[sorted.Count / 2]:0.00} ms, p95 {sorted[(int)(sorted.Count * 0.95)]:0.00} ms per query over {sorted.Count} queries; load {Load()}"));
            }
        }
    }

    private static int Tier(RerankCandidate c) => SectionReranker.Tier(c, RelevanceOptions.Default);

    /// <summary>
    /// Trains the shipped re-ranker (<see cref="Shipped"/>) on every given need's candidates and writes it in
    /// <see cref="RerankModel"/>'s format; checks that the file scores every candidate as ML.NET does.
    /// </summary>
    public static void TrainAndWrite(IReadOnlyList<NeedCandidates> all, string path)
    {
        var needs = all.Where(n => n.Need.Judgments.Values.Any(g => g > 0)).OrderBy(n => n.Need.Id, StringComparer.Ordinal).ToList();
        var features = needs.ToDictionary(n => n.Need.Id, new FeatureSet("shipped", RerankFeatures.Names, SectionReranker.Depth).Compute);
        var ml = new MLContext(seed: 1);
        var width = RerankFeatures.Names.Count;
        var data = Data(ml, needs, features, width);
        var model = (RankingPredictionTransformer<LightGbmRankingModelParameters>)Trainers(ml).Single(t => t.Name == Shipped).Fit(data);
        var ensemble = model.Model.TrainedTreeEnsemble;
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine($"# Re-ranker of section search (docs/RELEVANCE.md, round 6): {Shipped}, trained on {needs.Count} dev needs' top {SectionReranker.Depth}.");
            writer.WriteLine("# Written by: searchmining eval-relevance --set data/relevance data/relevance/v2 data/relevance/v3 data/relevance/v4 data/relevance/v5 --configs default --rerank-train src/SearchMining.Index/Ranking/reranker.tsv");
            writer.WriteLine("features\t" + string.Join('\t', RerankFeatures.Names));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bias\t{ensemble.Bias:R}"));
            for (var t = 0; t < ensemble.Trees.Count; t++)
            {
                var tree = ensemble.Trees[t];
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tree\t{ensemble.TreeWeights[t]:R}"));
                for (var node = 0; node < tree.NumberOfNodes; node++)
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"node\t{tree.NumericalSplitFeatureIndexes[node]}\t{tree.NumericalSplitThresholds[node]:R}\t{tree.LeftChild[node]}\t{tree.RightChild[node]}"));
                writer.WriteLine("leaves\t" + string.Join('\t', tree.LeafValues.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
            }
        }
        using var reader = new StreamReader(path);
        var written = RerankModel.Read(reader);
        var expected = model.Transform(data).GetColumn<float>("Score").ToArray();
        var actual = needs.SelectMany(n => features[n.Need.Id]).Select(f => written.Score(f)).ToArray();
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Console.WriteLine($"{path}: {written.Trees} trees over {width} features from {needs.Count} needs; largest difference from ML.NET's score {worst:G3}");
        if (worst > 1e-3) throw new InvalidOperationException("The written model does not score as ML.NET does.");
    }

    /// <summary>Round 5's shipped trainer.</summary>
    private const string Round5Trainer = "LightGbm LambdaRank 16 leaves 200 trees";

    /// <summary>
    /// The configuration shipped (the one <c>--rerank-train</c> writes; round 6), over the first stage's top
    /// <see cref="SectionReranker.Depth"/> (50): the best CV figure over the 259 needs without v5 (docs/RELEVANCE.md).
    /// </summary>
    public const string Shipped = Regularised;

    private static IEnumerable<(string Name, Func<IDataView, ITransformer> Fit)> Trainers(MLContext ml)
    {
        foreach (var (leaves, trees, regularised) in new[] { (4, 100, false), (8, 100, false), (16, 200, false), (16, 200, true), (8, 100, true) })
            yield return ($"LightGbm LambdaRank {leaves} leaves {trees} trees{(regularised ? ", ≥ 50 per leaf, half the features per tree" : "")}", data => ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), RowGroupColumnName = nameof(Row.Group),
                NumberOfLeaves = leaves, NumberOfIterations = trees, MinimumExampleCountPerLeaf = regularised ? 50 : 20, LearningRate = 0.05,
                Booster = new GradientBooster.Options { FeatureFraction = regularised ? 0.5 : 1 },
                Seed = 1, Silent = true, NumberOfThreads = 1, Deterministic = true,
            }).Fit(data));
    }

    private static ITransformer Train(MLContext ml, Func<IDataView, ITransformer> fit, IReadOnlyList<NeedCandidates> needs, IReadOnlyDictionary<string, float[][]> features, int width) =>
        fit(Data(ml, needs, features, width));

    private static IDataView Data(MLContext ml, IReadOnlyList<NeedCandidates> needs, IReadOnlyDictionary<string, float[][]> features, int width)
    {
        var rows = new List<Row>();
        for (var g = 0; g < needs.Count; g++)
        {
            var n = needs[g];
            for (var i = 0; i < features[n.Need.Id].Length; i++)
                rows.Add(new Row { Features = features[n.Need.Id][i], Label = n.Need.Judgments.GetValueOrDefault(n.Keys[i]), Group = (uint)g + 1 });
        }
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        schema[nameof(Row.Group)].ColumnType = new KeyDataViewType(typeof(uint), 100_000);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
