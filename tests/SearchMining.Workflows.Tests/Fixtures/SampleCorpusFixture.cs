using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Corpus.Ingestion;
using SearchMining.Tests.Shared;

namespace SearchMining.Workflows.Tests.Fixtures;

/// <summary>
/// The sample corpus (samples/reports/) ingested once into a temp index, with the workflows over it. Tests that write
/// (saved searches, uploads) use their own corpus from <see cref="OpenCorpus"/> so this one stays as ingested.
/// </summary>
public sealed class SampleCorpusFixture : IAsyncLifetime
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() => JiebaSegmenter.CreateDefault());

    private readonly TempFolder _folder = new("smwork-sample");

    public ReportCorpus Corpus { get; private set; } = null!;

    public ReportWorkflows Workflows { get; private set; } = null!;

    public string IndexPath => _folder.Combine("index");

    public static JiebaSegmenter SharedSegmenter => Segmenter.Value;

    public static IReadOnlyList<string> SampleFiles => ReportIngestor.FindReportFiles(RepoPaths.SampleReports);

    public async Task InitializeAsync()
    {
        Corpus = OpenCorpus(IndexPath);
        await Corpus.IngestFilesAsync(SampleFiles);
        Workflows = new ReportWorkflows(Corpus, Options(IndexPath));
    }

    /// <summary>A corpus over <paramref name="indexPath"/> without the classifier (fast; themes are not needed here).</summary>
    public static ReportCorpus OpenCorpus(string indexPath) =>
        new(new CorpusOptions { IndexPath = indexPath, UseClassifier = false, IngestBundledReports = false }.ResolvedAgainst(RepoPaths.Root), SharedSegmenter);

    /// <summary>Workflow options resolved against the repository (its SOURCES.tsv catalogues), the database beside the index.</summary>
    public static WorkflowOptions Options(string indexPath) => new WorkflowOptions().ResolvedAgainst(RepoPaths.Root, indexPath);

    public Task DisposeAsync()
    {
        Workflows.Dispose();
        Corpus.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SampleCorpusCollection : ICollectionFixture<SampleCorpusFixture>
{
    public const string Name = "sample corpus";
}
