using SearchMining.Analysis.Jieba;
using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Corpus;
using SearchMining.Corpus.Ingestion;
using SearchMining.Corpus.Years;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Timelines;

namespace SearchMining.Cli.Commands;

/// <summary>
/// Where the years commands read reports from: the index (its reports as ingested, themes included, and the person's
/// agency decisions kept beside it), or folders of report files parsed now (<c>--from</c>) and tagged when a model is given.
/// </summary>
internal sealed class YearsSource : IDisposable
{
    private readonly ReportCorpus? _corpus;

    private YearsSource(YearsCorpus years, ReportCorpus? corpus, CorpusYears? view, int unreadable)
    {
        Years = years;
        _corpus = corpus;
        View = view;
        Unreadable = unreadable;
    }

    public YearsCorpus Years { get; }

    /// <summary>The index's view (null when reading folders): merges and splits go through it.</summary>
    public CorpusYears? View { get; }

    /// <summary>Files of the folders that could not be read as reports.</summary>
    public int Unreadable { get; }

    public static (YearsSource? Source, string? Error) OpenIndex(string indexPath)
    {
        var options = new CorpusOptions { IndexPath = indexPath, UseClassifier = false, IngestBundledReports = false, RebuildOnSchemaMismatch = false, ReadOnly = true }
            .ResolvedAgainst(Environment.CurrentDirectory);
        if (!ReportCorpus.IndexExists(options))
            return (null, $"No index at {indexPath}: build one with `searchmining index <folder>`, or read report files with --from <folder>.");
        var corpus = new ReportCorpus(options, JiebaSegmenter.CreateDefault());
        if (corpus.TryOpen() is { } error)
        {
            corpus.Dispose();
            return (null, error.Message);
        }
        var view = new CorpusYears(corpus) { LearnInBackground = false }; // one command: it learns what it needs itself
        try
        {
            return (new YearsSource(view.Current(), corpus, view, 0), null);
        }
        catch (InvalidDataException e)
        {
            corpus.Dispose();
            return (null, e.Message);
        }
    }

    public static async Task<(YearsSource? Source, string? Error)> ReadFoldersAsync(IReadOnlyList<string> paths, string? modelPath, string? overridesPath, CancellationToken ct)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0) return (null, $"No such file or folder: {string.Join(", ", missing)}");
        // no model (compare): no themes needed
        var load = modelPath is null ? null : ThemeClassifierLoader.Load(modelPath, JiebaSegmenter.CreateDefault());
        if (load is { Classifier: null }) Console.Error.WriteLine($"No themes ({load.Error!.Kind}: {load.Error.Message}); recurrence and promise links use text only.");
        using var model = load?.Classifier?.Model;
        var tagger = load?.Classifier is { } classifier ? new ReportThemeTagger(classifier) : null;
        var reader = new Core.Ingestion.ReportFileReader();
        var reports = new List<Report>();
        var unreadable = 0;
        foreach (var file in paths.SelectMany(p => ReportIngestor.FindReportFiles(p)).Distinct())
        {
            var outcome = await reader.ReadAsync(file, ct);
            if (outcome.Report is { } report) reports.Add(tagger?.Apply(report) ?? report);
            else unreadable++;
        }
        try
        {
            var overrides = overridesPath is null ? [] : new AgencyOverrideStore(overridesPath).Load();
            return (new YearsSource(new YearsCorpus(reports, overrides), null, null, unreadable), null);
        }
        catch (InvalidDataException e)
        {
            return (null, e.Message);
        }
    }

    public void Dispose() => _corpus?.Dispose();
}
