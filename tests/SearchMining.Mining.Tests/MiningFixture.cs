using SearchMining.Analysis.Jieba;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;
using SearchMining.Tests.Shared;

namespace SearchMining.Mining.Tests;

/// <summary>Shared, expensive things: the Jieba segmenter, the committed labels, the committed model.</summary>
public sealed class MiningFixture : IDisposable
{
    public MiningFixture()
    {
        Segmenter = JiebaSegmenter.CreateDefault();
        Tokenizer = new JiebaStatementTokenizer(Segmenter);
        Rows = new StatementRowFactory(Tokenizer);
        Labels = new LabelFile().ReadAsync(LabelsPath, CancellationToken.None).GetAwaiter().GetResult();
        CommittedModel = ThemeClassifierLoader.Load(ModelPath, Segmenter);
        _syntheticModel = new Lazy<ThemeModel>(() => new ThemeModelBuilder(Rows, TrainingOptions.Default).Fit(Labels.Synthetic.ToList()));
        _corpus = new Lazy<ThemeDataset>(() =>
        {
            var corpus = new LabelFile().ReadAsync(Path.Combine(RepoPaths.Root, ThemeModelFiles.RealCorpus(RepoPaths.Root)), CancellationToken.None).GetAwaiter().GetResult();
            var (data, errors) = ThemeDataset.Create(Labels, corpus);
            return data ?? throw new InvalidOperationException(string.Join("; ", errors));
        });
    }

    private readonly Lazy<ThemeModel> _syntheticModel;
    private readonly Lazy<ThemeDataset> _corpus;

    /// <summary>A model fitted on the synthetic statements only (seconds), shared by the tests that only read its scores.</summary>
    public ThemeModel SyntheticModel => _syntheticModel.Value;

    /// <summary>labels.jsonl with the corpus labels (settled, else annotator A's), as `train` reads them.</summary>
    public ThemeDataset Dataset => _corpus.Value;

    public static string LabelsPath => Path.Combine(RepoPaths.Root, ThemeModelFiles.Labels);
    public static string ModelPath => Path.Combine(RepoPaths.Root, ThemeModelFiles.Model);
    public static string CardPath => Path.Combine(RepoPaths.Root, ThemeModelFiles.Card);

    public JiebaSegmenter Segmenter { get; }
    public IStatementTokenizer Tokenizer { get; }
    public StatementRowFactory Rows { get; }
    public LabelSet Labels { get; }
    public ThemeClassifierLoad CommittedModel { get; }

    public ThemeClassifier Committed => CommittedModel.Classifier ?? throw new InvalidOperationException(CommittedModel.Error?.Message);

    public void Dispose()
    {
        CommittedModel.Classifier?.Model.Dispose();
        if (_syntheticModel.IsValueCreated) _syntheticModel.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class MiningCollection : ICollectionFixture<MiningFixture>
{
    public const string Name = "mining";
}
