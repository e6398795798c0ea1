using System.CommandLine;
using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Corpus.Ingestion;
using SearchMining.Mining.Model;
using Spectre.Console;

namespace SearchMining.Cli.Commands;

/// <summary><c>searchmining index &lt;folder&gt;</c>: parse report files and add them to the corpus (its search index), committing per batch.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A report file or a folder of them (searched recursively)." };
        var indexPath = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CorpusOptions.DefaultIndexPath };
        var batch = new Option<int>("--batch-size") { Description = "Files per commit (a crash loses at most one batch).", DefaultValueFactory = _ => CorpusOptions.BulkBatchSize };
        var rebuild = new Option<bool>("--rebuild") { Description = "Wipe an index written with another schema or analyzers." };
        var model = new Option<string>("--model") { Description = "Theme classifier model; statements get kinds and themes when it loads.", DefaultValueFactory = _ => CorpusOptions.DefaultModelPath };
        var noClassifier = new Option<bool>("--no-classifier") { Description = "Index without themes even when a model is there." };
        var command = new Command("index", "Parse 政府信息公开工作年度报告 files and add them to the search index (the same report content again → unchanged or replaced, never duplicated; an edited copy of a file — same file name, agency and year — replaces its earlier version).");
        command.Arguments.Add(path);
        command.Options.Add(indexPath);
        command.Options.Add(batch);
        command.Options.Add(rebuild);
        command.Options.Add(model);
        command.Options.Add(noClassifier);
        command.SetAction(async (result, ct) =>
        {
            var files = ReportIngestor.FindReportFiles(result.GetValue(path)!);
            if (files.Count == 0)
            {
                Console.Error.WriteLine($"No report files (.txt .md .docx .html .pdf) at {result.GetValue(path)}.");
                return 2;
            }
            var options = new CorpusOptions
            {
                IndexPath = result.GetValue(indexPath)!,
                ModelPath = result.GetValue(model)!,
                UseClassifier = !result.GetValue(noClassifier),
                RebuildOnSchemaMismatch = result.GetValue(rebuild),
                BatchSize = Math.Max(1, result.GetValue(batch)),
                IngestCorpusWhenEmpty = false,
            }.ResolvedAgainst(Environment.CurrentDirectory);
            using var corpus = new ReportCorpus(options, JiebaSegmenter.CreateDefault());
            if (options.UseClassifier) NoteModel(corpus.Classifier, options.ModelPath);
            if (corpus.TryOpen() is { } error)
            {
                Console.Error.WriteLine(error.Message);
                return 3;
            }
            var summary = await RunAsync(corpus, files, ct);
            PrintSummary(summary, corpus);
            return summary.Errors.Count == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>A note on stderr when the theme model is missing or unreadable (the corpus then indexes without themes).</summary>
    private static void NoteModel(ClassifierProvider classifier, string path)
    {
        switch (classifier.LoadError)
        {
            case { Kind: ModelLoadErrorKind.Missing }:
                Console.Error.WriteLine($"No theme model at {path}: indexing without themes.");
                break;
            case { } error:
                Console.Error.WriteLine($"Theme model not used ({error.Kind}: {error.Message}): indexing without themes.");
                break;
        }
    }

    private static async Task<IngestSummary> RunAsync(ReportCorpus corpus, IReadOnlyList<string> files, CancellationToken ct)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            // Plain lines for logs and scripts: one per file, and a marker after every commit.
            return await corpus.IngestFilesAsync(files, new InlineProgress<IngestProgress>(p =>
            {
                Console.WriteLine($"[{p.Done}/{p.Total}] {Path.GetFileName(p.CurrentFile)}");
                if (p.JustCommitted) Console.WriteLine($"committed {p.Committed}/{p.Total}");
            }), ct);
        }
        IngestSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Indexing", maxValue: files.Count);
                summary = await corpus.IngestFilesAsync(files, new InlineProgress<IngestProgress>(p =>
                {
                    task.Value = p.Done;
                    task.Description = Markup.Escape(Path.GetFileName(p.CurrentFile));
                }), ct);
                task.Description = "Indexed";
            });
        return summary!;
    }

    private static void PrintSummary(IngestSummary summary, ReportCorpus corpus)
    {
        foreach (var error in summary.Errors)
            Console.Error.WriteLine($"  ✗ {Path.GetFileName(error.File)}: {error.Kind}: {ReportPrinter.OneLine(error.Message)}");
        foreach (var warning in summary.Warnings)
            Console.Error.WriteLine($"  ! {warning}");
        foreach (var result in summary.Results.Where(r => r.Superseded.Count > 0))
            Console.WriteLine($"  ↻ {result.SourceFile}: new version {result.ReportId} replaces {string.Join(", ", result.Superseded)}");
        var stats = corpus.Stats;
        Console.WriteLine($"{summary.Files} files: {summary.Added} added, {summary.Replaced} replaced, {summary.Unchanged} unchanged, {summary.Errors.Count} failed " +
                          $"in {summary.Elapsed.TotalSeconds:0.0} s ({summary.Commits} commits).");
        Console.WriteLine($"Index {corpus.Index.Path}: {stats.Reports} reports, {stats.Sections} sections, {stats.Subsections} subsections, " +
                          $"{stats.SizeOnDiskBytes / 1024.0:0} KiB, schema v{stats.SchemaVersion} ({stats.Analyzers}).");
    }
}
