using SearchMining.Analysis.Jieba;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
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
    }

    public static string LabelsPath => Path.Combine(RepoPaths.Root, ThemeModelFiles.Labels);
    public static string ModelPath => Path.Combine(RepoPaths.Root, ThemeModelFiles.Model);
    public static string CardPath => Path.Combine(RepoPaths.Root, ThemeModelFiles.Card);

    public JiebaSegmenter Segmenter { get; }
    public IStatementTokenizer Tokenizer { get; }
    public StatementRowFactory Rows { get; }
    public LabelSet Labels { get; }
    public ThemeClassifierLoad CommittedModel { get; }

    public ThemeClassifier Committed => CommittedModel.Classifier ?? throw new InvalidOperationException(CommittedModel.Error?.Message);

    public void Dispose() => CommittedModel.Classifier?.Model.Dispose();
}

[CollectionDefinition(Name)]
public sealed class MiningCollection : ICollectionFixture<MiningFixture>
{
    public const string Name = "mining";
}
