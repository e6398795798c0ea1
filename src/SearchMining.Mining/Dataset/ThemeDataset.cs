using SearchMining.Core.Corpus;

namespace SearchMining.Mining.Dataset;

/// <summary>
/// The labelled statements of the theme classifier by source and split: synthetic statements (training only), the real
/// statements of the bundled samples (dev agencies), and the real statements of data/corpus — dev, on which everything
/// is chosen with agency-grouped cross-validation, and the frozen test split (agencies never seen in training), which
/// only the final report scores. Lines the annotators flagged <c>not-a-statement</c> are left out.
/// </summary>
public sealed class ThemeDataset
{
    public const string NotAStatement = "not-a-statement";

    private readonly IReadOnlyList<LabelledStatement> _test;

    private ThemeDataset(IReadOnlyList<LabelledStatement> synthetic, IReadOnlyList<LabelledStatement> samples,
        IReadOnlyList<LabelledStatement> dev, IReadOnlyList<LabelledStatement> test, int excluded)
    {
        Synthetic = synthetic;
        Samples = samples;
        Dev = dev;
        _test = test;
        Excluded = excluded;
    }

    public IReadOnlyList<LabelledStatement> Synthetic { get; }
    /// <summary>Real statements of samples/reports (labels.jsonl); their agencies are dev by the split's rule.</summary>
    public IReadOnlyList<LabelledStatement> Samples { get; }
    /// <summary>Real corpus statements of dev agencies: cross-validation folds and, in the end, the model's training set.</summary>
    public IReadOnlyList<LabelledStatement> Dev { get; }
    /// <summary>Corpus lines left out as <c>not-a-statement</c> (both splits).</summary>
    public int Excluded { get; }
    public int TestCount => _test.Count;
    public IReadOnlyList<string> TestAgencies => _test.Select(AgencyOf).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The frozen test split — for the final report only (<c>train --score-test</c>). Nothing is chosen with it.
    /// </summary>
    public IReadOnlyList<LabelledStatement> TestSplitForReport() => _test;

    /// <summary>The agency a statement's folds are grouped by: its corpus slug, the slug of its sample file name, or its group.</summary>
    public static string AgencyOf(LabelledStatement s) => s.Slug ?? CorpusSplit.SlugOf(s.Source) ?? s.Group;

    /// <summary>Dev agencies with their number of corpus statements, ordered by name.</summary>
    public IReadOnlyList<(string Agency, int Statements)> DevAgencies =>
        Dev.GroupBy(AgencyOf).Select(g => (g.Key, g.Count())).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();

    /// <summary>
    /// What dev cross-validation scores: the corpus dev statements and the real sample statements (both dev agencies;
    /// the samples are most of the dev statements outside Pingtan). Headline dev figures read the corpus part
    /// (<see cref="IsCorpus"/>), the figures outside Pingtan read both.
    /// </summary>
    public IReadOnlyList<LabelledStatement> CrossValidated => [.. Dev, .. Samples];

    /// <summary>The agencies of <see cref="CrossValidated"/> with their number of statements, ordered by name: what the dev folds hold.</summary>
    public IReadOnlyList<(string Agency, int Statements)> FoldAgencies =>
        CrossValidated.GroupBy(AgencyOf).Select(g => (g.Key, g.Count())).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();

    /// <summary>A corpus statement (data/corpus, with a split), not a sample or synthetic one.</summary>
    public static bool IsCorpus(LabelledStatement s) => s.Split is not null;

    /// <summary>
    /// Training statements from the given sources, leaving out every statement (real corpus or sample) of the given agencies.
    /// Order: corpus, samples, synthetic — each in file order (training is deterministic).
    /// </summary>
    public IReadOnlyList<LabelledStatement> Training(TrainingSources sources, IReadOnlySet<string>? withoutAgencies = null)
    {
        bool Keep(LabelledStatement s) => withoutAgencies is null || !withoutAgencies.Contains(AgencyOf(s));
        var result = new List<LabelledStatement>();
        if (sources.HasFlag(TrainingSources.Corpus)) result.AddRange(Dev.Where(Keep));
        if (sources.HasFlag(TrainingSources.Samples)) result.AddRange(Samples.Where(Keep));
        if (sources.HasFlag(TrainingSources.Synthetic)) result.AddRange(Synthetic);
        return result;
    }

    /// <summary>Builds the dataset from labels.jsonl (synthetic + sample statements) and the corpus labels file.</summary>
    public static (ThemeDataset? Dataset, IReadOnlyList<string> Errors) Create(LabelSet labels, LabelSet corpus)
    {
        var errors = new List<string>();
        errors.AddRange(corpus.Statements.Where(s => s.Synthetic).Select(s => $"corpus line {s.Id ?? s.Text}: synthetic statements belong in labels.jsonl"));
        errors.AddRange(corpus.Statements.Where(s => s.Split is null || s.Slug is null).Select(s => $"corpus line {s.Id ?? s.Text}: no split or slug"));
        var usable = corpus.Statements.Where(s => s.Flag != NotAStatement).ToList();
        var dev = usable.Where(s => s.Split == LabelFile.DevSplit).ToList();
        var test = usable.Where(s => s.Split == LabelFile.TestSplit).ToList();
        var testAgencies = test.Select(AgencyOf).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(dev.Select(AgencyOf).Distinct().Where(testAgencies.Contains).Select(a => $"agency {a} is on both sides of the split"));
        var samples = labels.Real.ToList();
        errors.AddRange(samples.Select(AgencyOf).Distinct().Where(testAgencies.Contains).Select(a => $"sample agency {a} is a test agency"));
        if (errors.Count > 0) return (null, errors);
        return (new ThemeDataset(labels.Synthetic.ToList(), samples, dev, test, corpus.Statements.Count - usable.Count), []);
    }
}
