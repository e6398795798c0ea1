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
/// features' cost (docs/RELEVANCE.md round 6; round 5's RRF, repeat demotion and linear rows are in its table); round 8 adds
/// first stages fused with plain BM25 runs the peers' way, bagged and smaller re-rankers, and leave one set out (<c>--rerank-sets</c>).
/// </summary>
internal static class RerankExperiment
{
    public const int Depth = 100;

    /// <summary>First-stage candidates of one need (default ranking) and the fields' rankings for fusion.</summary>
    internal sealed record NeedCandidates(InformationNeed Need, IReadOnlyList<string> Keys, IReadOnlyList<RerankCandidate> Candidates,
        IReadOnlyDictionary<string, IReadOnlyList<string>> Rankings);

    /// <summary>The default ranking without its second stage: what the re-ranker is trained on and re-orders.</summary>
    private static readonly RelevanceOptions FirstStage = RelevanceOptions.Default with { Rerank = false };

    /// <summary>
    /// Round 8's first-stage candidates (round 9 adds a disjunctive fallback for long sentences: a word's parts and bigrams
    /// match on their own, coverage tiers kept): the first is the default's; each is collected over the same needs and the re-ranker
    /// is re-trained inside the folds on its own candidates (docs/RELEVANCE.md rounds 7 and 8). The fused stages
    /// (<see cref="FusedStages"/>) are derived from the default's candidates after collection.
    /// </summary>
    internal static readonly (string Name, RelevanceOptions Options)[] FirstStages =
    [
        ("first stage (default)", FirstStage),
        ("word coverage by specificity", FirstStage with { SpecificWordCoverage = true }),
        ("+ SmartCn field 0.5", FirstStage with { Fields = FirstStage.Fields | FieldMode.SmartCn, SmartCnBoost = 0.5f }),
        ("+ SmartCn field 2", FirstStage with { Fields = FirstStage.Fields | FieldMode.SmartCn }),
        ("parts match on their own", FirstStage with { PartsMatch = true }),
    ];

    /// <summary>
    /// Plain BM25 runs the Java peers' way (round 8): every word and bigram optional (parts match on their own), no coverage
    /// tiers, no related words, no extra boosts, Lucene's b 0.75 — over the bigram field (as CJKAnalyzer) and over SmartCn x2
    /// + bigram (as the best peer). Each is fused with the default first stage by reciprocal rank (<see cref="FusedStages"/>).
    /// </summary>
    private static readonly RelevanceOptions PeerWay = FirstStage with
    {
        GroupCoverageBoost = 0, CoverageBoost = 0, UseSynonyms = false, ExactBoost = 0, ProblemIntentBoost = 0, PartsMatch = true,
        Bm25K1 = 1.2f, Bm25B = 0.75f,
    };

    private static readonly (string Name, RelevanceOptions Options)[] PeerWayRuns =
    [
        ("plain BM25 OR, bigram", PeerWay with { Fields = FieldMode.Bigram }),
        ("plain BM25 OR, SmartCn x2 + bigram", PeerWay with { Fields = FieldMode.SmartCn | FieldMode.Bigram, SmartCnBoost = 2f }),
    ];

    /// <summary>Reciprocal-rank fusion constant (Cormack et al.'s 60).</summary>
    private const int FusionK = 60;

    /// <summary>The default first stage's top <see cref="Depth"/> re-ordered within its coverage tiers by RRF of its own rank and a peer-way run's rank.</summary>
    internal static readonly string[] FusedStages = [.. PeerWayRuns.Select(r => $"first stage RRF {r.Name}")];

    /// <summary>Every first stage of the table: the collected ones, then the fused ones.</summary>
    internal static IReadOnlyList<string> StageNames { get; } = [.. FirstStages.Select(f => f.Name), .. FusedStages];

    /// <summary>Options of a stage (a fused stage keeps the default's coverage tiers).</summary>
    private static RelevanceOptions OptionsOf(int stage) => stage < FirstStages.Length ? FirstStages[stage].Options : FirstStage;

    /// <summary>Candidates as collected, to re-run the models without re-indexing (<c>--rerank-cache</c>).</summary>
    public static void Save(IReadOnlyDictionary<string, List<NeedCandidates>> all, string path) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(all.ToDictionary(v => v.Key, v => v.Value.Select(n => new CachedNeed(n.Need.Id, n.Need.Split, n.Need.Query, n.Need.Description,
            n.Need.Judgments.ToDictionary(), n.Keys, n.Candidates, n.Rankings.ToDictionary())).ToList())));

    public static Dictionary<string, List<NeedCandidates>> Load(string path) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, List<CachedNeed>>>(File.ReadAllText(path))!.ToDictionary(v => v.Key, v => v.Value
            .Select(c => new NeedCandidates(new InformationNeed(c.Id, c.Split, c.Query, c.Description, c.Judgments), c.Keys,
                c.Candidates,
                c.Rankings.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value))).ToList());

    private sealed record CachedNeed(string Id, string Split, string Query, string Description, Dictionary<string, int> Judgments, IReadOnlyList<string> Keys,
        IReadOnlyList<RerankCandidate> Candidates, Dictionary<string, IReadOnlyList<string>> Rankings);

    /// <summary>Each first-stage candidate's top <see cref="Depth"/> per need (the first, the default's, with the fields' rankings), and the second stage's cost.</summary>
    public static async Task<Dictionary<string, List<NeedCandidates>>> CollectAsync(ReportIndex index, IReadOnlyList<string> files, IReadOnlyList<InformationNeed> needs, CancellationToken ct)
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
        var others = PeerWayRuns.Select(r => (r.Name, Engine: new SectionSearchEngine(index, r.Options))).ToList();
        var result = StageNames.ToDictionary(f => f, _ => new List<NeedCandidates>());
        var variants = FirstStages.Skip(1).Select(f => (f.Name, Engine: new SectionSearchEngine(index, f.Options))).ToList();
        var shipped = new SectionSearchEngine(index);
        var (withStage, without, hundred) = (new List<(double Wall, double Cpu)>(), new List<(double Wall, double Cpu)>(), new List<(double Wall, double Cpu)>());
        foreach (var need in needs)
        {
            // Cost of the second stage: the shipped engine against its first stage alone, a page of 10 (and the first stage's
            // page of 100: collecting, matching and reading the window without re-ranking it), best of 3.
            withStage.Add(BestOf3(() => shipped.Search(new SearchRequest(need.Query) { IncludeFacets = false, Snippets = 0 })));
            without.Add(BestOf3(() => engine.Search(new SearchRequest(need.Query) { IncludeFacets = false, Snippets = 0 })));
            hundred.Add(BestOf3(() => engine.Search(new SearchRequest(need.Query) { Size = Depth, IncludeFacets = false, Snippets = 0 })));
            var rankings = others.ToDictionary(o => o.Name, o => (IReadOnlyList<string>)Top(o.Engine, need.Query).Select(h => RelevanceJudgments.SectionKey(h.SourceFile, h.SectionNumber)).ToList());
            var first = Candidates(need, Top(engine, need.Query), rankings);
            result[FirstStages[0].Name].Add(first);
            for (var r = 0; r < PeerWayRuns.Length; r++) result[FusedStages[r]].Add(Fuse(first, rankings[PeerWayRuns[r].Name]));
            foreach (var (name, variant) in variants) result[name].Add(Candidates(need, Top(variant, need.Query), new Dictionary<string, IReadOnlyList<string>>()));
        }
        if (withStage.Count > 0)
            foreach (var (clock, pick) in new (string, Func<(double Wall, double Cpu), double>)[] { ("wall", t => t.Wall), ("thread CPU", t => t.Cpu) })
            {
                var added = withStage.Zip(without, (a, b) => pick(a) - pick(b)).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"second-stage cost over {added.Count} queries ({clock}): first stage median {Median(without, pick):0.00} ms (a page of {Depth}: {Median(hundred, pick):0.00} ms), with re-ranker {Median(withStage, pick):0.00} ms; added median {added[added.Count / 2]:0.00} ms, p95 {added[(int)(added.Count * 0.95)]:0.00} ms; load {Load()}"));
            }
        return result;

        NeedCandidates Candidates(InformationNeed need, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<string, IReadOnlyList<string>> rankings)
        {
            var keys = hits.Select(h => RelevanceJudgments.SectionKey(h.SourceFile, h.SectionNumber)).ToList();
            var candidates = hits.Select((h, i) => new RerankCandidate(texts.GetValueOrDefault(keys[i]) ?? "", h.SectionTopic, h.Score,
                h.MatchedTerms, h.MissingTerms.Count, h.Related.Count)).ToList();
            return new NeedCandidates(need, keys, candidates, rankings);
        }
    }

    /// <summary>
    /// The first stage's candidates re-ordered within its coverage tiers (all words first stays) by RRF (k <see cref="FusionK"/>)
    /// of their first-stage rank and their rank in <paramref name="other"/> (absent: no share from it).
    /// </summary>
    internal static NeedCandidates Fuse(NeedCandidates first, IReadOnlyList<string> other)
    {
        var at = other.Select((k, i) => (k, i)).GroupBy(x => x.k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var order = Enumerable.Range(0, first.Keys.Count)
            .OrderByDescending(i => SectionReranker.Tier(first.Candidates[i], FirstStage))
            .ThenByDescending(i => 1.0 / (FusionK + i + 1) + (at.TryGetValue(first.Keys[i], out var r) ? 1.0 / (FusionK + r + 1) : 0))
            .ThenBy(i => i).ToList();
        return first with { Keys = [.. order.Select(i => first.Keys[i])], Candidates = [.. order.Select(i => first.Candidates[i])] };
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
        new("28 features, top 50", RerankFeatures.Names, SectionReranker.Depth),
        new("19 general features (no need shape, no round 5's last three), top 50", [.. RerankFeatures.Names.Except(LastAdded).Except(NeedShapeColumns)], SectionReranker.Depth),
    ];

    private const string Regularised = "LightGbm LambdaRank 16 leaves 200 trees, ≥ 50 per leaf, half the features per tree";
    private const string Stronger = "LightGbm LambdaRank 16 leaves 200 trees, ≥ 100 per leaf, half the features per tree";
    private const string Fewer = "LightGbm LambdaRank 8 leaves 100 trees, ≥ 100 per leaf, half the features per tree";
    private const string Bagged = "5 bagged (80 % of the needs each, averaged) LightGbm LambdaRank 16 leaves 200 trees, ≥ 50 per leaf, half the features per tree";

    /// <summary>A row of round 7's table: a first stage (index into <see cref="FirstStages"/>), and a re-ranker (feature set, trainer) or none.</summary>
    /// <param name="Blend">Order by the reciprocal-rank fusion (k 60) of the model's order and the first stage's, instead of the model's alone.</param>
    private sealed record Candidate(int FirstStage, int FeatureSet, string? Trainer, bool Blend = false)
    {
        public string Name => Trainer is null ? $"{StageNames[FirstStage]}, no re-ranker"
            : Blend ? $"{StageNames[FirstStage]} + re-ranker fused with the first stage's order (RRF k 60)"
            : FeatureSet == 0 && Trainer == Shipped ? $"{StageNames[FirstStage]} + re-ranker"
            : $"{StageNames[FirstStage]} + re-ranker ({FeatureSets[FeatureSet].Name}; {Trainer})";
    }

    /// <summary>
    /// Round 8's rows: every first stage (collected or fused) without and with the shipped re-ranker (re-trained on its own
    /// candidates); on the default's, a more general and two more regularised re-rankers.
    /// </summary>
    private static IEnumerable<Candidate> Candidates()
    {
        for (var f = 0; f < StageNames.Count; f++)
        {
            yield return new Candidate(f, 0, null);
            yield return new Candidate(f, 0, Shipped);
            if (f != 0) continue;
            yield return new Candidate(0, 1, Shipped);
            yield return new Candidate(0, 0, Stronger);
            yield return new Candidate(0, 0, Fewer);
            yield return new Candidate(0, 0, Bagged);
        }
    }

    /// <summary>
    /// Round 7's table: each first stage's CV figure over the needs neither held back for the late check nor held out
    /// (<paramref name="holdout"/>: left out of everything, for a choice made without them), with and without the re-ranker
    /// trained inside the folds on that first stage's candidates (sorted within coverage tiers as the engine does), the peers
    /// on the same needs, paired bootstrap intervals against the default first stage and against the best peer; then, when
    /// needs are held back (<paramref name="late"/>), each row trained on all the others and scored once on them (the late
    /// check); the features' cost per query from the cached candidates.
    /// </summary>
    public static void Report(IReadOnlyDictionary<string, List<NeedCandidates>> all, int folds, IReadOnlySet<string>? late, IReadOnlySet<string>? holdout,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> peers, bool perNeedRows,
        IReadOnlyList<(string Name, IReadOnlySet<string> Ids)>? leaveOut = null)
    {
        var stages = StageNames.Select(f => all[f].Where(n => n.Need.Judgments.Values.Any(g => g > 0) && holdout?.Contains(n.Need.Id) != true)
            .OrderBy(n => n.Need.Id, StringComparer.Ordinal).ToList()).ToArray();
        var scored = stages[0];
        var isLate = (NeedCandidates n) => late is not null && late.Contains(n.Need.Id);
        var needs = stages.Select(s => s.Where(n => !isLate(n)).ToList()).ToArray();
        var held = stages.Select(s => s.Where(isLate).ToList()).ToArray();
        PrintCost(scored);
        if (holdout is { Count: > 0 }) Console.WriteLine($"held out (left out of everything): {all[FirstStages[0].Name].Count(n => holdout.Contains(n.Need.Id))} needs");

        var ml = new MLContext(seed: 1);
        var trainers = Trainers(ml).ToDictionary(t => t.Name, t => t.Fit);
        var features = new Dictionary<(int, int), Dictionary<string, float[][]>>();
        Dictionary<string, float[][]> Features(int stage, int set) =>
            features.TryGetValue((stage, set), out var f) ? f : features[(stage, set)] = stages[stage].ToDictionary(n => n.Need.Id, FeatureSets[set].Compute);
        var candidates = Candidates().ToList();
        var runs = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>();
        var lateRuns = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>();
        foreach (var c in candidates)
        {
            if (c.Trainer is null)
            {
                runs[c.Name] = needs[c.FirstStage].ToDictionary(n => n.Need.Id, n => n.Keys);
                lateRuns[c.Name] = held[c.FirstStage].ToDictionary(n => n.Need.Id, n => n.Keys);
                continue;
            }
            var table = Features(c.FirstStage, c.FeatureSet);
            var width = FeatureSets[c.FeatureSet].Columns.Count;
            var options = OptionsOf(c.FirstStage);
            var run = new Dictionary<string, IReadOnlyList<string>>();
            for (var fold = 0; fold < folds; fold++)
            {
                var model = Train(ml, trainers[c.Trainer], needs[c.FirstStage].Where(n => CrossValidation.Fold(n.Need.Id, folds) != fold).ToList(), table, width);
                foreach (var (id, order) in Rank(ml, model, needs[c.FirstStage].Where(n => CrossValidation.Fold(n.Need.Id, folds) == fold).ToList(), table, width, options, c.Blend)) run[id] = order;
            }
            runs[c.Name] = run;
            if (held[c.FirstStage].Count > 0)
                lateRuns[c.Name] = Rank(ml, Train(ml, trainers[c.Trainer], needs[c.FirstStage], table, width), held[c.FirstStage], table, width, options, c.Blend).ToDictionary(r => r.Id, r => r.Order);
        }
        foreach (var (name, run) in peers) runs[name] = needs[0].ToDictionary(n => n.Need.Id, n => run.GetValueOrDefault(n.Need.Id) ?? []);
        var perNeed = PerNeed(runs, needs[0]);
        var reranked = candidates.Where(c => c.Trainer is not null).Select(c => c.Name).ToList();
        var nested = CrossValidation.Run(reranked, perNeed, folds);
        Console.WriteLine($"row also chosen on the other folds (nested, among the {reranked.Count} rows with a re-ranker): CV nDCG@10 {nested.Ndcg:0.000} (chosen per fold: {string.Join("; ", nested.ChosenPerFold)})");
        var peerNames = peers.Keys.Where(k => !k.Contains("-and", StringComparison.Ordinal)).ToList();
        var bestPeer = peerNames.OrderByDescending(p => needs[0].Average(n => perNeed[p][n.Need.Id].Ndcg)).FirstOrDefault();
        Console.WriteLine();
        Console.WriteLine($"Round-8 candidates: {folds}-fold CV by sha256(need id) over {needs[0].Count} needs{(held[0].Count > 0 ? $" ({held[0].Count} held back for the late check)" : "")}; re-rankers trained on the other folds only, on each first stage's own top {SectionReranker.Depth}, ordered within coverage tiers, the rest in the first stage's order.");
        PrintTable(runs.Keys.ToList(), needs[0], perNeed, bestPeer);

        if (leaveOut is { Count: > 1 }) LeaveOneSetOut(leaveOut, candidates, needs, Features, trainers, ml, peers);

        if (held[0].Count > 0)
        {
            foreach (var (name, run) in peers) lateRuns[name] = held[0].ToDictionary(n => n.Need.Id, n => run.GetValueOrDefault(n.Need.Id) ?? []);
            var latePerNeed = PerNeed(lateRuns, held[0]);
            Console.WriteLine();
            Console.WriteLine($"Late check: each row trained on the {needs[0].Count} needs above, scored once on the {held[0].Count} held back.");
            PrintTable(lateRuns.Keys.ToList(), held[0], latePerNeed, bestPeer);
            if (perNeedRows)
                foreach (var n in held[0])
                    Console.WriteLine($"late\t{n.Need.Id}\t{n.Need.Query}\t{string.Join('\t', lateRuns.Keys.Select(r => latePerNeed[r][n.Need.Id].Ndcg.ToString("0.000", CultureInfo.InvariantCulture)))}");
        }
        if (perNeedRows)
        {
            Console.WriteLine($"need\tid\tquery\t{string.Join('\t', runs.Keys)}");
            foreach (var n in needs[0])
                Console.WriteLine($"need\t{n.Need.Id}\t{n.Need.Query}\t{string.Join('\t', runs.Keys.Select(r => perNeed[r][n.Need.Id].Ndcg.ToString("0.000", CultureInfo.InvariantCulture)))}");
        }
    }

    /// <summary>
    /// Leave one set out (round 8): each set in turn is held out, every row's re-ranker trained on all the other needs of the
    /// table (other sets and the sets not listed) and scored on it; the peers on the same needs. Sets differ more than folds do
    /// (each was written blind in its own session), so this is the closer proxy for a new blind set. The last row chooses,
    /// for each set, the row with the best mean over the other listed sets' columns and scores it on the set.
    /// </summary>
    private static void LeaveOneSetOut(IReadOnlyList<(string Name, IReadOnlySet<string> Ids)> sets, IReadOnlyList<Candidate> candidates, IReadOnlyList<NeedCandidates>[] needs,
        Func<int, int, Dictionary<string, float[][]>> features, IReadOnlyDictionary<string, Fitter> trainers, MLContext ml,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> peers)
    {
        // Row → set → mean nDCG@10 on the set; row → need → nDCG@10 (for the paired intervals over all held-out needs).
        var means = new Dictionary<string, double[]>();
        var perNeed = new Dictionary<string, Dictionary<string, double>>();
        var ids = needs[0].Select(n => n.Need.Id).ToHashSet(StringComparer.Ordinal);
        var setNeeds = sets.Select(s => needs[0].Where(n => s.Ids.Contains(n.Need.Id)).ToList()).ToArray();
        void Add(string row, int set, IReadOnlyDictionary<string, IReadOnlyList<string>> run)
        {
            if (!means.ContainsKey(row)) (means[row], perNeed[row]) = (new double[sets.Count], new Dictionary<string, double>(StringComparer.Ordinal));
            foreach (var n in setNeeds[set]) perNeed[row][n.Need.Id] = RankingMetrics.NdcgAt(RelevanceEvaluator.K, run.GetValueOrDefault(n.Need.Id) ?? [], n.Need.Judgments);
            means[row][set] = setNeeds[set].Count == 0 ? double.NaN : setNeeds[set].Average(n => perNeed[row][n.Need.Id]);
        }
        for (var s = 0; s < sets.Count; s++)
        {
            foreach (var c in candidates)
            {
                var inSet = needs[c.FirstStage].Where(n => sets[s].Ids.Contains(n.Need.Id)).ToList();
                if (c.Trainer is null)
                {
                    Add(c.Name, s, inSet.ToDictionary(n => n.Need.Id, n => n.Keys));
                    continue;
                }
                var table = features(c.FirstStage, c.FeatureSet);
                var width = FeatureSets[c.FeatureSet].Columns.Count;
                var model = Train(ml, trainers[c.Trainer], needs[c.FirstStage].Where(n => !sets[s].Ids.Contains(n.Need.Id)).ToList(), table, width);
                Add(c.Name, s, Rank(ml, model, inSet, table, width, OptionsOf(c.FirstStage), c.Blend).ToDictionary(r => r.Id, r => r.Order));
            }
            foreach (var (name, run) in peers) Add(name, s, run);
        }
        var ours = candidates.Select(c => c.Name).ToList();
        var chosen = new string[sets.Count];
        for (var s = 0; s < sets.Count; s++)
        {
            var others = Enumerable.Range(0, sets.Count).Where(o => o != s).ToList();
            chosen[s] = ours.OrderByDescending(r => others.Average(o => means[r][o])).First();
        }
        const string Chosen = "row chosen on the other sets";
        (means[Chosen], perNeed[Chosen]) = (new double[sets.Count], new Dictionary<string, double>(StringComparer.Ordinal));
        for (var s = 0; s < sets.Count; s++)
        {
            means[Chosen][s] = means[chosen[s]][s];
            foreach (var n in setNeeds[s]) perNeed[Chosen][n.Need.Id] = perNeed[chosen[s]][n.Need.Id];
        }
        var held = setNeeds.SelectMany(x => x).Select(n => n.Need.Id).ToList();
        var peerNames = peers.Keys.Where(k => !k.Contains("-and", StringComparison.Ordinal)).ToList();
        // Per set, the best peer on that set; the difference is ours minus that set's best peer, averaged over sets.
        var bestPeer = Enumerable.Range(0, sets.Count).Select(s => peerNames.OrderByDescending(p => means[p][s]).FirstOrDefault()).ToArray();
        Console.WriteLine();
        Console.WriteLine($"Leave one set out: each of {string.Join(", ", sets.Select((x, i) => $"{x.Name} ({setNeeds[i].Count})"))} held out in turn; re-rankers trained on the other {ids.Count} − n needs; best peer per set: {string.Join(", ", bestPeer)}.");
        Console.WriteLine($"| run | {string.Join(" | ", sets.Select(x => x.Name))} | mean of sets | − best peer of each set, mean | worst set − its best peer | − default + re-ranker over the {held.Count} needs [95 % interval] |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", sets.Count + 3)) + "---|");
        var reference = candidates.Single(c => c.FirstStage == 0 && c.FeatureSet == 0 && c.Trainer == Shipped).Name;
        foreach (var row in ours.Append(Chosen).Concat(peers.Keys))
        {
            var margins = Enumerable.Range(0, sets.Count).Select(s => means[row][s] - (bestPeer[s] is { } p ? means[p][s] : double.NaN)).ToList();
            var d = NeedBootstrap.Difference(held.Select(n => perNeed[row][n]).ToList(), held.Select(n => perNeed[reference][n]).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row} | {string.Join(" | ", means[row].Select(m => m.ToString("0.000", CultureInfo.InvariantCulture)))} | {means[row].Average():0.000} | {margins.Average():+0.000;-0.000;0.000} | {margins.Min():+0.000;-0.000;0.000} | {Interval(d)} |"));
        }
        Console.WriteLine($"chosen on the other sets, per held-out set: {string.Join("; ", sets.Select((x, s) => $"{x.Name}: {chosen[s]}"))}");
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
    private static IEnumerable<(string Id, IReadOnlyList<string> Order)> Rank(MLContext ml, IReadOnlyList<ITransformer> models, IReadOnlyList<NeedCandidates> needs, IReadOnlyDictionary<string, float[][]> table, int width, RelevanceOptions options, bool blend = false)
    {
        var data = Data(ml, needs, table, width);
        // An averaged ensemble (bagged): the mean of its models' scores.
        var scores = models.Select(m => m.Transform(data).GetColumn<float>("Score").ToArray())
            .Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray()).Select(x => x / models.Count).ToArray();
        var at = 0;
        foreach (var n in needs)
        {
            // The window (the first rows the features cover) in the model's order, the rest in the first stage's.
            var window = table[n.Need.Id].Length;
            var s = scores.AsSpan(at, window).ToArray();
            at += window;
            if (blend)
            {
                // RRF of the model's rank and the first stage's (index i): 1/(60 + rank) each.
                var byModel = Enumerable.Range(0, window).OrderByDescending(i => s[i]).ThenBy(i => i).ToArray();
                var fused = new float[window];
                for (var r = 0; r < window; r++) fused[byModel[r]] += 1f / (60 + r + 1);
                for (var i = 0; i < window; i++) fused[i] += 1f / (60 + i + 1);
                s = fused;
            }
            yield return (n.Need.Id, Enumerable.Range(0, window).OrderByDescending(i => SectionReranker.Tier(n.Candidates[i], options)).ThenByDescending(i => s[i]).ThenBy(i => i)
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

    /// <summary>
    /// Trains the shipped re-ranker (<see cref="Shipped"/>) on every given need's candidates and writes it in
    /// <see cref="RerankModel"/>'s format; checks that the file scores every candidate as ML.NET does.
    /// </summary>
    public static void TrainAndWrite(IReadOnlyDictionary<string, List<NeedCandidates>> collected, string path)
    {
        var needs = collected[FirstStages[0].Name].Where(n => n.Need.Judgments.Values.Any(g => g > 0)).OrderBy(n => n.Need.Id, StringComparer.Ordinal).ToList();
        var features = needs.ToDictionary(n => n.Need.Id, new FeatureSet("shipped", RerankFeatures.Names, SectionReranker.Depth).Compute);
        var ml = new MLContext(seed: 1);
        var width = RerankFeatures.Names.Count;
        var data = Data(ml, needs, features, width);
        var models = Train(ml, Trainers(ml).Single(t => t.Name == Shipped).Fit, needs, features, width)
            .Cast<RankingPredictionTransformer<LightGbmRankingModelParameters>>().ToList();
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine($"# Re-ranker of section search (docs/RELEVANCE.md, round 9): {Shipped}, trained on {needs.Count} dev needs' top {SectionReranker.Depth}.");
            writer.WriteLine("# Written by: searchmining eval-relevance --set data/relevance data/relevance/v2 data/relevance/v3 data/relevance/v4 data/relevance/v5 data/relevance/v6 data/relevance/v7 data/relevance/v8 --configs default --rerank-train src/SearchMining.Index/Ranking/reranker.tsv");
            writer.WriteLine("features\t" + string.Join('\t', RerankFeatures.Names));
            // Several models (bagged) are written as one ensemble: every tree weighted 1/models, the mean bias.
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bias\t{models.Average(m => m.Model.TrainedTreeEnsemble.Bias):R}"));
            foreach (var ensemble in models.Select(m => m.Model.TrainedTreeEnsemble))
            for (var t = 0; t < ensemble.Trees.Count; t++)
            {
                var tree = ensemble.Trees[t];
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tree\t{ensemble.TreeWeights[t] / models.Count:R}"));
                for (var node = 0; node < tree.NumberOfNodes; node++)
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"node\t{tree.NumericalSplitFeatureIndexes[node]}\t{tree.NumericalSplitThresholds[node]:R}\t{tree.LeftChild[node]}\t{tree.RightChild[node]}"));
                writer.WriteLine("leaves\t" + string.Join('\t', tree.LeafValues.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
            }
        }
        using var reader = new StreamReader(path);
        var written = RerankModel.Read(reader);
        var expected = models.Select(m => m.Transform(data).GetColumn<float>("Score").ToArray())
            .Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray()).Select(x => x / models.Count).ToArray();
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

    /// <summary>A trainer: how many models it averages (bagged over needs: each model on the needs whose hash with its seed falls in 80 %), and one model's fit for a seed.</summary>
    private sealed record Fitter(int Bags, Func<IDataView, int, ITransformer> Fit);

    /// <summary>Share of the needs each bagged model is trained on.</summary>
    private const double BagShare = 0.8;

    private static IEnumerable<(string Name, Fitter Fit)> Trainers(MLContext ml)
    {
        foreach (var (leaves, trees, perLeaf, bags) in new[] { (16, 200, 20, 1), (16, 200, 50, 1), (16, 200, 100, 1), (8, 100, 100, 1), (16, 200, 50, 5) })
            yield return ($"{(bags > 1 ? $"{bags} bagged (80 % of the needs each, averaged) " : "")}LightGbm LambdaRank {leaves} leaves {trees} trees{(perLeaf > 20 ? $", ≥ {perLeaf} per leaf, half the features per tree" : "")}",
                new Fitter(bags, (data, seed) => ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
                {
                    LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features), RowGroupColumnName = nameof(Row.Group),
                    NumberOfLeaves = leaves, NumberOfIterations = trees, MinimumExampleCountPerLeaf = perLeaf, LearningRate = 0.05,
                    Booster = new GradientBooster.Options { FeatureFraction = perLeaf > 20 ? 0.5 : 1 },
                    Seed = seed, Silent = true, NumberOfThreads = 1, Deterministic = true,
                }).Fit(data)));
    }

    private static IReadOnlyList<ITransformer> Train(MLContext ml, Fitter fitter, IReadOnlyList<NeedCandidates> needs, IReadOnlyDictionary<string, float[][]> features, int width) =>
        fitter.Bags <= 1 ? [fitter.Fit(Data(ml, needs, features, width), 1)]
            : [.. Enumerable.Range(1, fitter.Bags).Select(seed => fitter.Fit(Data(ml, needs.Where(n => InBag(n.Need.Id, seed)).ToList(), features, width), seed))];

    /// <summary>Whether a need is in bag <paramref name="seed"/> (a fixed hash of seed and id, independent of any score).</summary>
    private static bool InBag(string id, int seed) => CrossValidation.Fold($"{seed}:{id}", 1000) < BagShare * 1000;

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
