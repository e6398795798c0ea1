using BenchmarkDotNet.Attributes;
using SearchMining.Analysis.Jieba;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Benchmarks.Mining;

/// <summary>Cost of the theme classifier: one statement, the 79 real statements (with and without round 10's supervision stacker), the learnt-wording features alone, and one training fit on the whole dataset.</summary>
[MemoryDiagnoser]
public class ThemeClassifierBenchmark
{
    private ThemeClassifier _classifier = null!;
    private ThemeClassifier _withoutStacker = null!;
    private StatementRowFactory _rows = null!;
    private IReadOnlyList<LabelledStatement> _all = [];
    private IReadOnlyList<string> _real = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(SampleReportFilesRoot()))!;
        var segmenter = JiebaSegmenter.CreateDefault();
        _rows = new StatementRowFactory(new JiebaStatementTokenizer(segmenter));
        _classifier = ThemeClassifierLoader.Load(Path.Combine(root, ThemeModelFiles.Model), segmenter).Classifier
            ?? throw new InvalidOperationException("models/theme-classifier.zip did not load");
        var labels = new LabelFile().ReadAsync(Path.Combine(root, ThemeModelFiles.Labels), CancellationToken.None).GetAwaiter().GetResult();
        _all = labels.Statements;
        _real = labels.Real.Select(s => s.Text).ToList();
        var model = _classifier.Model;
        _withoutStacker = new ThemeClassifier(model.WithManifest(model.Manifest with { SupervisionStacker = null }), _rows);
    }

    [Benchmark(Description = "Classify one statement")]
    public int ClassifyOne() => _classifier.Classify(_real[0]).Themes.Count;

    [Benchmark(Description = "Classify 79 real statements")]
    public int ClassifyAllReal() => _real.Sum(t => _classifier.Classify(t).Themes.Count);

    [Benchmark(Description = "Classify 79 real statements without the supervision stacker (round 10)")]
    public int ClassifyAllRealWithoutStacker() => _real.Sum(t => _withoutStacker.Classify(t).Themes.Count);

    [Benchmark(Description = "Learnt-wording features of 79 real statements (bigram table lookups)")]
    public double BigramFeatures() => _classifier.Model.Bigrams is { } table ? _real.Sum(t => table.Features(t).Sum()) : 0;

    [Benchmark(Description = "Fit one model on the synthetic and sample statements (default recipe)")]
    public int FitOnce()
    {
        using var model = new ThemeModelBuilder(_rows, TrainingOptions.Default).Fit(_all);
        return model.Manifest.TrainingStatements;
    }

    private static string SampleReportFilesRoot() => Path.GetDirectoryName(Parsing.SampleReportFiles.All()[0])!;
}
