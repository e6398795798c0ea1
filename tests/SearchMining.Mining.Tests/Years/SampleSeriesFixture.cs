using SearchMining.Analysis.Jieba;
using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Timelines;
using SearchMining.Mining.YearOverYear;
using SearchMining.Tests.Shared;

namespace SearchMining.Mining.Tests.Years;

/// <summary>
/// The real sample reports parsed once and tagged with the committed theme model, and their across-the-years view
/// (agencies, template phrases learned from them, comparer, recurrence, promise tracker) — shared by the years tests.
/// </summary>
public sealed class SampleSeriesFixture : IDisposable
{
    private readonly ThemeClassifierLoad _model;

    public SampleSeriesFixture()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        _model = ThemeClassifierLoader.Load(MiningFixture.ModelPath, segmenter);
        var tagger = new ReportThemeTagger(_model.Classifier ?? throw new InvalidOperationException(_model.Error?.Message));
        var reader = new ReportFileReader();
        Reports = System.IO.Directory.GetFiles(RepoPaths.SampleReports, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => reader.ReadAsync(path, CancellationToken.None).GetAwaiter().GetResult().Report)
            .OfType<Report>().Select(tagger.Apply).ToList();
        Years = new YearsCorpus(Reports, []);
        _withCorpusSeries = new Lazy<YearsCorpus>(() => new YearsCorpus(Reports.Concat(CorpusSeriesFiles
            .Select(f => reader.ReadAsync(Path.Combine(RepoPaths.Root, "data", "corpus", "github", f), CancellationToken.None).GetAwaiter().GetResult().Report)
            .OfType<Report>().Select(tagger.Apply)).ToList(), []));
    }

    /// <summary>Test-split series of data/corpus (平潭 金井片区 2021–2022, 苏平片区 2021–2023, 君山片区 2020–2021) for the promise tracker's tests; the linker was not tuned on them.</summary>
    public static IReadOnlyList<string> CorpusSeriesFiles { get; } =
    [
        "g032_pingtan_jinjing_pianquju_2021.txt", "g033_pingtan_jinjing_pianquju_2022.txt",
        "g088_pingtan_suping_pianquju_2021.txt", "g089_pingtan_suping_pianquju_2022.txt", "g098_pingtan_suping_pianquju_2023.txt",
        "g034_pingtan_junshan_pianquju_2020.txt", "g035_pingtan_junshan_pianquju_2021.txt",
    ];

    private readonly Lazy<YearsCorpus> _withCorpusSeries;

    /// <summary>The samples and <see cref="CorpusSeriesFiles"/> in one across-the-years view (built on first use).</summary>
    public YearsCorpus WithCorpusSeries => _withCorpusSeries.Value;

    public IReadOnlyList<Report> Reports { get; }
    public YearsCorpus Years { get; }
    public AgencyDirectory Directory => Years.Directory;
    public TemplatePhrases Template => Years.Template;
    public ReportComparer Comparer => Years.Comparer;
    public IStatementClassifier Classifier => _model.Classifier!;

    /// <summary>The sample whose file name starts with <paramref name="prefix"/> (037 → 037_hongze_quzhengfu_2023.txt).</summary>
    public Report Sample(string prefix) => Reports.Single(r => r.SourceFile.StartsWith(prefix, StringComparison.Ordinal));

    public Report Report(string id) => Reports.Single(r => r.Id == id);

    public void Dispose() => _model.Classifier?.Model.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleSeriesCollection : ICollectionFixture<SampleSeriesFixture>
{
    public const string Name = "sample-series";
}
