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
/// <c>eval-relevance --rerank-cv N</c>: round 5's candidates, each scored by N-fold cross-validation over needs (folds as
/// <see cref="CrossValidation.Fold"/>): a learned re-ranker of the default's top <see cref="Depth"/> (LightGbm LambdaRank and a
/// linear model, trained on the other folds' needs only), demoting repeated sections, and rank fusion of the fields' rankings.
/// </summary>
internal static class RerankExperiment
{
    public const int Depth = 100;
    private const int RrfK = 60;

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
        var (withStage, without) = (new List<double>(), new List<double>());
        foreach (var need in needs)
        {
            // Cost of the second stage: the shipped engine against its first stage alone, a page of 10, best of 3.
            withStage.Add(BestOf3(() => shipped.Search(new SearchRequest(need.Query) { IncludeFacets = false, Snippets = 0 })));
            without.Add(BestOf3(() => engine.Search(new SearchRequest(need.Query) { IncludeFacets = false, Snippets = 0 })));
            var hits = Top(engine, need.Query);
            var keys = hits.Select(h => RelevanceJudgments.SectionKey(h.SourceFile, h.SectionNumber)).ToList();
            var candidates = hits.Select((h, i) => new RerankCandidate(texts.GetValueOrDefault(keys[i]) ?? "", h.SectionTopic, h.Score,
                h.MatchedTerms, h.MissingTerms.Count, h.Related.Count)).ToList();
            var rankings = others.ToDictionary(o => o.Name, o => (IReadOnlyList<string>)Top(o.Engine, need.Query).Select(h => RelevanceJudgments.SectionKey(h.SourceFile, h.SectionNumber)).ToList());
            result.Add(new NeedCandidates(need, keys, candidates, rankings));
        }
        var added = withStage.Zip(without, (a, b) => a - b).Order().ToList();
        if (added.Count > 0)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"second-stage cost over {added.Count} queries: first stage median {without.Order().ElementAt(without.Count / 2):0.00} ms, with re-ranker {withStage.Order().ElementAt(withStage.Count / 2):0.00} ms; added median {added[added.Count / 2]:0.00} ms, p95 {added[(int)(added.Count * 0.95)]:0.00} ms; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        return result;
    }

    private static double BestOf3(Action search)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            search();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static IReadOnlyList<SearchHit> Top(SectionSearchEngine engine, string query) =>
        engine.Search(new SearchRequest(query) { Size = Depth, IncludeFacets = false, Snippets = 0 }).Results?.Hits ?? [];

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public float Label { get; set; }
        public uint Group { get; set; }
    }

    public static void Report(IReadOnlyList<NeedCandidates> all, int folds)
    {
        var needs = all.Where(n => n.Need.Judgments.Values.Any(g => g > 0)).OrderBy(n => n.Need.Id, StringComparer.Ordinal).ToList();
        var features = needs.ToDictionary(n => n.Need.Id, n => RerankFeatures.Compute(n.Need.Query, n.Candidates));
        var withRanks = needs.ToDictionary(n => n.Need.Id, n => features[n.Need.Id].Select((f, i) => f.Concat(FusionRuns.Select(r =>
        {
            var at = n.Rankings[r.Name].ToList().IndexOf(n.Keys[i]);
            return at < 0 ? 0f : 1f / MathF.Log2(at + 2);
        })).ToArray()).ToArray());
        var runs = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>
        {
            ["default (first stage)"] = needs.ToDictionary(n => n.Need.Id, n => n.Keys),
            ["repeats demoted below the top 10"] = needs.ToDictionary(n => n.Need.Id, n => DemoteRepeats(n, features[n.Need.Id])),
            ["RRF default+bigram"] = needs.ToDictionary(n => n.Need.Id, n => Rrf(n, "bigram")),
            ["RRF default+bigram+smartcn"] = needs.ToDictionary(n => n.Need.Id, n => Rrf(n, "bigram", "smartcn")),
            ["RRF default+bigram+jieba+smartcn"] = needs.ToDictionary(n => n.Need.Id, n => Rrf(n, "bigram", "jieba", "smartcn")),
        };
        var ml = new MLContext(seed: 1);
        foreach (var (name, trainer, extra) in Trainers(ml).SelectMany(t => new[] { (t.Name, t.Fit, false), (t.Name + " + field ranks", t.Fit, true) }))
        {
            var width = RerankFeatures.Names.Count + (extra ? FusionRuns.Length : 0);
            var table = extra ? withRanks : features;
            var run = new Dictionary<string, IReadOnlyList<string>>();
            var tiered = new Dictionary<string, IReadOnlyList<string>>();
            for (var fold = 0; fold < folds; fold++)
            {
                var train = needs.Where(n => CrossValidation.Fold(n.Need.Id, folds) != fold).ToList();
                var model = Train(ml, trainer, train, table, width);
                var held = needs.Where(n => CrossValidation.Fold(n.Need.Id, folds) == fold).ToList();
                var scores = model.Transform(Data(ml, held, table, width)).GetColumn<float>("Score").ToArray();
                var at = 0;
                foreach (var n in held)
                {
                    var s = scores.AsSpan(at, n.Keys.Count).ToArray();
                    at += n.Keys.Count;
                    run[n.Need.Id] = Enumerable.Range(0, n.Keys.Count).OrderByDescending(i => s[i]).ThenBy(i => i).Select(i => n.Keys[i]).ToList();
                    tiered[n.Need.Id] = Enumerable.Range(0, n.Keys.Count).OrderByDescending(i => Tier(n.Candidates[i])).ThenByDescending(i => s[i]).ThenBy(i => i).Select(i => n.Keys[i]).ToList();
                }
            }
            runs[name] = run;
            runs[name + ", within coverage tiers"] = tiered;
            if (name.StartsWith("linear", StringComparison.Ordinal))
            {
                var model = Train(ml, trainer, needs, table, width);
                if ((model as RegressionPredictionTransformer<LinearRegressionModelParameters>)?.Model.Weights.ToArray() is { } weights)
                    Console.WriteLine($"{name} on all needs: " + string.Join(", ", RerankFeatures.Names.Concat(FusionRuns.Select(r => r.Name + " rank")).Take(width).Select((f, i) => $"{f} {weights[i]:0.###}")));
            }
        }
        var perNeed = runs.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, NeedScore>)needs.ToDictionary(n => n.Need.Id,
            n => new NeedScore(RankingMetrics.NdcgAt(RelevanceEvaluator.K, r.Value[n.Need.Id], n.Need.Judgments), RankingMetrics.RecallAt(RelevanceEvaluator.K, r.Value[n.Need.Id], n.Need.Judgments))));
        foreach (var suffix in new[] { "", ", within coverage tiers" })
        {
            var family = runs.Keys.Where(k => k.StartsWith("LightGbm", StringComparison.Ordinal) && !k.Contains("field ranks", StringComparison.Ordinal) && k.EndsWith(suffix, StringComparison.Ordinal) && (suffix.Length > 0 || !k.Contains("tiers", StringComparison.Ordinal))).ToList();
            var chosen = CrossValidation.Run(family, perNeed, folds);
            Console.WriteLine($"choosing the LambdaRank size{suffix} on the other folds too: CV nDCG@10 {chosen.Ndcg:0.000} (chosen per fold: {string.Join("; ", chosen.ChosenPerFold)})");
        }
        Console.WriteLine();
        Console.WriteLine($"Round-5 candidates: {folds}-fold CV by sha256(need id) over {needs.Count} needs; learned re-rankers trained on the other folds only, over the default's top {Depth}.");
        Console.WriteLine("| run | CV nDCG@10 | recall@10 | − default | 95 % interval (bootstrap over needs) | P(not better) |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|");
        var baseline = needs.Select(n => RankingMetrics.NdcgAt(RelevanceEvaluator.K, runs["default (first stage)"][n.Need.Id], n.Need.Judgments)).ToList();
        foreach (var (name, run) in runs)
        {
            var ndcg = needs.Select(n => RankingMetrics.NdcgAt(RelevanceEvaluator.K, run[n.Need.Id], n.Need.Judgments)).ToList();
            var recall = needs.Average(n => RankingMetrics.RecallAt(RelevanceEvaluator.K, run[n.Need.Id], n.Need.Judgments));
            var (d, lo, hi, p) = NeedBootstrap.Difference(ndcg, baseline);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ndcg.Average():0.000} | {recall:0.000} | {d:+0.000;-0.000;0.000} | [{lo:+0.000;-0.000;0.000}, {hi:+0.000;-0.000;0.000}] | {p:0.000} |"));
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
        var features = needs.ToDictionary(n => n.Need.Id, n => RerankFeatures.Compute(n.Need.Query, n.Candidates));
        var ml = new MLContext(seed: 1);
        var width = RerankFeatures.Names.Count;
        var data = Data(ml, needs, features, width);
        var model = (RankingPredictionTransformer<LightGbmRankingModelParameters>)Trainers(ml).Single(t => t.Name == Shipped).Fit(data);
        var ensemble = model.Model.TrainedTreeEnsemble;
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine($"# Re-ranker of section search (docs/RELEVANCE.md, round 5): {Shipped}, trained on {needs.Count} dev needs' top {Depth}.");
            writer.WriteLine("# Written by: searchmining eval-relevance --set data/relevance data/relevance/v2 data/relevance/v3 data/relevance/v4 --configs default --rerank-train src/SearchMining.Index/Ranking/reranker.tsv");
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

    /// <summary>The configuration shipped (the one <c>--rerank-train</c> writes).</summary>
    public const string Shipped = "LightGbm LambdaRank 16 leaves 200 trees";

    private static IEnumerable<(string Name, Func<IDataView, ITransformer> Fit)> Trainers(MLContext ml)
    {
        foreach (var (leaves, trees) in new[] { (4, 100), (8, 100), (16, 200) })
            yield return ($"LightGbm LambdaRank {leaves} leaves {trees} trees", data => ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), RowGroupColumnName = nameof(Row.Group),
                NumberOfLeaves = leaves, NumberOfIterations = trees, MinimumExampleCountPerLeaf = 20, LearningRate = 0.05,
                Seed = 1, Silent = true, NumberOfThreads = 1, Deterministic = true,
            }).Fit(data));
        yield return ("linear (SDCA regression on grade)", data => ml.Regression.Trainers.Sdca(labelColumnName: nameof(Row.Label), featureColumnName: nameof(Row.Features), maximumNumberOfIterations: 50).Fit(data));
    }

    private static ITransformer Train(MLContext ml, Func<IDataView, ITransformer> fit, IReadOnlyList<NeedCandidates> needs, IReadOnlyDictionary<string, float[][]> features, int width) =>
        fit(Data(ml, needs, features, width));

    private static IDataView Data(MLContext ml, IReadOnlyList<NeedCandidates> needs, IReadOnlyDictionary<string, float[][]> features, int width)
    {
        var rows = new List<Row>();
        for (var g = 0; g < needs.Count; g++)
        {
            var n = needs[g];
            for (var i = 0; i < n.Keys.Count; i++)
                rows.Add(new Row { Features = features[n.Need.Id][i], Label = n.Need.Judgments.GetValueOrDefault(n.Keys[i]), Group = (uint)g + 1 });
        }
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        schema[nameof(Row.Group)].ColumnType = new KeyDataViewType(typeof(uint), 100_000);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    private static IReadOnlyList<string> DemoteRepeats(NeedCandidates n, float[][] features)
    {
        var repeat = RerankFeatures.Names.ToList().IndexOf("repeat");
        var keep = Enumerable.Range(0, n.Keys.Count).Where(i => features[i][repeat] == 0).ToList();
        var moved = Enumerable.Range(0, n.Keys.Count).Where(i => features[i][repeat] != 0).ToList();
        return keep.Take(RelevanceEvaluator.K).Concat(moved).Concat(keep.Skip(RelevanceEvaluator.K)).Select(i => n.Keys[i]).ToList();
    }

    private static IReadOnlyList<string> Rrf(NeedCandidates n, params string[] others)
    {
        var score = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ranking in others.Select(o => n.Rankings[o]).Prepend(n.Keys))
            for (var i = 0; i < ranking.Count; i++) score[ranking[i]] = score.GetValueOrDefault(ranking[i]) + 1.0 / (RrfK + i + 1);
        var first = n.Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        return score.OrderByDescending(s => s.Value).ThenBy(s => first.GetValueOrDefault(s.Key, int.MaxValue)).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).ToList();
    }
}
