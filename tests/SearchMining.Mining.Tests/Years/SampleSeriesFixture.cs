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
    }

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
