using System.CommandLine;
using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Corpus.Health;
using SearchMining.Corpus.Ingestion;
using SearchMining.Corpus.Years;
using SearchMining.Mining.Model;
using Spectre.Console;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining index &lt;folder&gt;</c>: parse report files and add them to the corpus (its search index and kept
/// originals), committing per batch. Refused while another process (the service) writes the same index folder.
/// </summary>
internal static class IndexCommand
{
    /// <summary>Exit code when another process holds the index folder's writer lock.</summary>
    public const int LockedExitCode = 4;

    /// <summary>Exit code when the index cannot be written (read-only, damaged, out of disk): nothing of the current batch was kept.</summary>
    public const int UnavailableExitCode = 5;

    public static Command Create()
    {
        var path = new Argument<string?>("path") { Description = "A report file or a folder of them (searched recursively); optional with --rebuild.", Arity = ArgumentArity.ZeroOrOne };
        var indexPath = new Option<string>("--index") { Description = "Index folder (the kept originals live in it too).", DefaultValueFactory = _ => CorpusOptions.DefaultIndexPath };
        var batch = new Option<int>("--batch-size") { Description = "Files per commit (a crash loses at most one batch; its originals are kept and ingested on the next run).", DefaultValueFactory = _ => CorpusOptions.BulkBatchSize };
        var rebuild = new Option<bool>("--rebuild") { Description = "Wipe the index and rebuild it from every original ever ingested (also needed after a schema, dictionary or model change)." };
        var model = new Option<string>("--model") { Description = "Theme classifier model; statements get kinds and themes when it loads.", DefaultValueFactory = _ => CorpusOptions.DefaultModelPath };
        var noClassifier = new Option<bool>("--no-classifier") { Description = "Index without themes even when a model is there." };
        var command = new Command("index", "Parse 政府信息公开工作年度报告 files and add them to the search index, keeping each original beside it (the same report content again → unchanged or replaced, never duplicated; an edited copy of a file — same file name, agency and year — replaces its earlier version; a file that is not a report is skipped).");
        command.Arguments.Add(path);
        command.Options.Add(indexPath);
        command.Options.Add(batch);
        command.Options.Add(rebuild);
        command.Options.Add(model);
        command.Options.Add(noClassifier);
        command.SetAction(async (result, ct) =>
        {
            var folder = result.GetValue(path);
            IReadOnlyList<string> files = folder is null ? [] : ReportIngestor.FindReportFiles(folder);
            if (folder is null && !result.GetValue(rebuild))
            {
                Console.Error.WriteLine("Give a report file or folder to index (or --rebuild to rebuild the index from its kept originals).");
                return 2;
            }
            if (folder is not null && files.Count == 0)
            {
                Console.Error.WriteLine($"No report files (.txt .md .docx .html .pdf) at {folder}.");
                return 2;
            }
            var options = new CorpusOptions
            {
                IndexPath = result.GetValue(indexPath)!,
                ModelPath = result.GetValue(model)!,
                UseClassifier = !result.GetValue(noClassifier),
                RebuildOnSchemaMismatch = result.GetValue(rebuild),
                Rebuild = result.GetValue(rebuild),
                IngestBundledReports = false,
                BatchSize = Math.Max(1, result.GetValue(batch)),
            }.ResolvedAgainst(Environment.CurrentDirectory);
            using var corpus = new ReportCorpus(options, JiebaSegmenter.CreateDefault());
            if (options.UseClassifier) NoteModel(corpus.Classifier, options.ModelPath);
            if (corpus.TryOpen() is { } error)
            {
                Console.Error.WriteLine(error.Message);
                return error.Kind == Index.Storage.IndexOpenErrorKind.Locked ? LockedExitCode : 3;
            }
            try
            {
                var restored = await corpus.RestoreMissingAsync(Plain(files.Count == 0), ct);
                if (restored is not null)
                    Console.WriteLine($"Restored from kept originals: {restored.Added + restored.Replaced + restored.Unchanged} of {restored.Files} reports ({restored.Errors.Count + restored.Skipped.Count} could not be read).");
                if (files.Count == 0)
                {
                    PrintIndex(corpus);
                    KeepYearsView(corpus, ct);
                    return 0;
                }
                var summary = await RunAsync(corpus, files, ct);
                PrintSummary(summary, corpus);
                KeepYearsView(corpus, ct);
                return summary.Errors.Count == 0 ? 0 : 1;
            }
            catch (CorpusUnavailableException e)
            {
                Console.Error.WriteLine($"{e.Problem.Code}: {e.Message} The current batch was not kept; committed batches are.");
                return UnavailableExitCode;
            }
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

    /// <summary>Plain progress lines for logs and scripts: one per file, and a marker after every commit.</summary>
    private static InlineProgress<IngestProgress>? Plain(bool show) => show
        ? new InlineProgress<IngestProgress>(p =>
        {
            Console.WriteLine($"[{p.Done}/{p.Total}] {Path.GetFileName(p.CurrentFile)}");
            if (p.JustCommitted) Console.WriteLine($"committed {p.Committed}/{p.Total}");
        })
        : null;

    private static async Task<IngestSummary> RunAsync(ReportCorpus corpus, IReadOnlyList<string> files, CancellationToken ct)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
            return await corpus.IngestFilesAsync(files, Plain(true), ct);
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
        foreach (var skipped in summary.Skipped)
            Console.Error.WriteLine($"  – {Path.GetFileName(skipped.File)}: skipped, not a report ({ReportPrinter.OneLine(skipped.Message)})");
        foreach (var warning in summary.Warnings)
            Console.Error.WriteLine($"  ! {warning}");
        foreach (var result in summary.Results.Where(r => r.Superseded.Count > 0))
            Console.WriteLine($"  ↻ {result.SourceFile}: new version {result.ReportId} replaces {string.Join(", ", result.Superseded)}");
        Console.WriteLine($"{summary.Files} files: {summary.Added} added, {summary.Replaced} replaced, {summary.Unchanged} unchanged, {summary.Errors.Count} failed" +
                          (summary.Skipped.Count > 0 ? $", {summary.Skipped.Count} skipped (not reports)" : "") +
                          $" in {summary.Elapsed.TotalSeconds:0.0} s ({summary.Commits} commits; writer busy {summary.Writing.TotalSeconds:0.0} s, " +
                          $"waiting for preparation {summary.WaitingForPreparation.TotalSeconds:0.0} s; " +
                          $"checks of {corpus.ChecksComputed.Computed} reports, {corpus.ChecksComputed.BeforeWriting} computed before writing).");
        PrintIndex(corpus);
    }

    /// <summary>
    /// Computes and keeps the years view's parts for the index as written (the resolved agency directory, recurrence summary,
    /// template phrases, word weights), unless they are kept already: the service started on this index reads them on its
    /// first <c>/api/agencies</c> or timeline instead of computing them (docs/SCALING.md round 12).
    /// </summary>
    private static void KeepYearsView(ReportCorpus corpus, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        if (new CorpusYears(corpus) { LearnInBackground = false }.KeepIfMissing(ct))
            Console.WriteLine($"Years view (agency directory, recurrence, template phrases, word weights) computed and kept in {watch.Elapsed.TotalSeconds:0.0} s " +
                              $"({(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s of CPU).");
    }

    private static void PrintIndex(ReportCorpus corpus)
    {
        var stats = corpus.Stats;
        var kept = corpus.Originals?.Count().Kept ?? 0;
        Console.WriteLine($"Index {corpus.Index.Path}: {stats.Reports} reports, {stats.Sections} sections, {stats.Subsections} subsections, " +
                          $"{stats.SizeOnDiskBytes / 1024.0:0} KiB, schema v{stats.SchemaVersion} ({stats.Analyzers}); {kept} originals kept.");
    }
}
