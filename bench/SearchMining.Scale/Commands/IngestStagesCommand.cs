using System.CommandLine;
using System.Diagnostics;
using Lucene.Net.Documents;
using SearchMining.Analysis.Jieba;
using SearchMining.Core.Checks;
using SearchMining.Core.Classification;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Derived;
using SearchMining.Index.Analysis;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>ingest-stages --corpus DIR [--count N]</c>: the CPU each stage of ingestion costs, a stage at a time over every
/// report, on one thread (thread CPU seconds: what a busy machine changes least), then the writer (Lucene inversion,
/// flushes, merges, commits: process CPU, since Lucene uses its own threads). The same calls the CLI's ingest makes
/// (<c>ReportFileReader</c>, the theme tagger, <c>ReportIndex.Prepare</c>'s JSON, documents and analysis, the 17 checks and
/// their packing), taken apart so that each can be costed.
/// </summary>
internal static class IngestStagesCommand
{
    /// <summary>Reports per commit, as the CLI's bulk ingestion (<c>CorpusOptions.BulkBatchSize</c>).</summary>
    private const int Batch = SearchMining.Corpus.CorpusOptions.BulkBatchSize;

    public static Command Create(RepoPaths repo)
    {
        var corpus = new Option<string>("--corpus") { Description = "A generated corpus folder.", Required = true };
        var count = new Option<int>("--count") { Description = "Reports to take (the first N files).", DefaultValueFactory = _ => 1000 };
        var work = new Option<string>("--out") { Description = "Scratch folder for the index the writer stage builds.", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "searchmining-stages") };
        var noModel = new Option<bool>("--no-classifier") { Description = "Skip the theme classifier." };
        var noSubsections = new Option<bool>("--no-subsections")
        {
            Description = "Write no subsection documents in the writer stage: what dropping them (answering subsection searches from the section documents) would save at most.",
        };
        var classifyOnly = new Option<bool>("--classify-only")
        {
            Description = "Stop after the parse and classify stages (and the classify parts, with their bit-identity check): e.g. over every real corpus.",
        };
        var command = new Command("ingest-stages", "CPU seconds per ingest stage (parse, classify, JSON, documents, analysis, checks, writer) over a corpus.");
        foreach (var option in new Option[] { corpus, count, work, noModel, noSubsections, classifyOnly }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            await RunAsync(repo, result.GetValue(corpus)!, result.GetValue(count), result.GetValue(work)!, !result.GetValue(noModel), !result.GetValue(noSubsections), result.GetValue(classifyOnly), ct);
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(RepoPaths repo, string corpusDir, int count, string work, bool classify, bool subsections, bool classifyOnly, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(corpusDir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(count).ToList();
        Console.WriteLine($"ingest-stages: {files.Count} reports from {corpusDir}; load {MachineLoad.Now()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var processStart = ThreadCpu.Process();
        var wall = Stopwatch.StartNew();
        var rows = new List<(string Stage, TimeSpan Cpu)>();
        void Row(string stage, TimeSpan cpu)
        {
            rows.Add((stage, cpu));
            Console.WriteLine($"  {stage,-44} {cpu.TotalSeconds,8:0.00} s CPU  {cpu.TotalMilliseconds / files.Count,7:0.00} ms/report");
        }
        TimeSpan Time(Action action)
        {
            var before = ThreadCpu.Now();
            action();
            return ThreadCpu.Now() - before;
        }

        var contents = files.Select(File.ReadAllBytes).ToList();
        var segmenter = JiebaSegmenter.CreateDefault();
        using var analyzers = IndexAnalyzerSets.CreateJieba(segmenter);
        var classifier = classify ? ThemeClassifierLoader.Load(repo.Model, segmenter).Classifier : null;
        if (classify && classifier is null) Console.WriteLine("  (theme model not loaded: classification skipped)");
        // Warm up every stage on a few reports (JIT, dictionaries, the model's engines) before measuring.
        var reader = new ReportFileReader();
        await WarmUpAsync(reader, contents.Take(5).ToList(), files, classifier, analyzers, ct);

        var parsed = new Report[files.Count];
        Row("parse (decode, sections, tables, statements)", await TimeAsync(async () =>
        {
            for (var i = 0; i < files.Count; i++)
            {
                using var stream = new MemoryStream(contents[i], writable: false);
                parsed[i] = (await reader.ReadAsync(stream, Path.GetFileName(files[i]), ct)).Report!;
            }
        }));
        var reports = parsed.Where(r => r is not null).ToArray(); // a real corpus may hold a text the parser refuses
        if (classifier is not null)
        {
            var tagger = new ReportThemeTagger(classifier);
            var tagged = new Report[reports.Length];
            // Process CPU: ML.NET's one-versus-all kind model spreads each prediction over the thread pool.
            Row("classify (themes; process CPU)", await TimeAsync(() =>
            {
                for (var i = 0; i < reports.Length; i++) tagged[i] = tagger.Apply(reports[i]);
                return Task.CompletedTask;
            }));
            reports = tagged;
            if (classifier is ThemeClassifier themes) ClassifyParts(themes, new StatementRowFactory(new JiebaStatementTokenizer(segmenter)), reports, Row);
        }
        if (classifyOnly) return;
        var json = new byte[reports.Length][];
        var fingerprints = new string[reports.Length];
        Row("report body JSON + fingerprint", Time(() =>
        {
            for (var i = 0; i < reports.Length; i++)
            {
                json[i] = StoredReportJson.SerializeBody(reports[i]);
                fingerprints[i] = StoredReportJson.Fingerprint(json[i]);
            }
        }));
        Row("  stored body, compressed", Time(() =>
        {
            for (var i = 0; i < reports.Length; i++) StoredReportJson.ToBodyField(json[i]);
        }));
        var facetChecker = ReportChecker.All();
        Row("  own-report checks for the checks facet", Time(() =>
        {
            foreach (var report in reports) facetChecker.Run(report);
        }));
        var documents = new IReadOnlyList<Document>[reports.Length];
        Row("documents (incl. the two rows above)", Time(() =>
        {
            for (var i = 0; i < reports.Length; i++) documents[i] = SectionDocumentBuilder.Build(reports[i], json[i], fingerprints[i]);
        }));
        var indexing = analyzers.CreateIndexingAnalyzer();
        var byField = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var analysed = Time(() =>
        {
            foreach (var docs in documents)
            {
                // As SectionDocumentBuilder's pre-analysis: a subsection's fields are slices of its section's tokens.
                var last = new Dictionary<string, CapturedTokens>(StringComparer.Ordinal);
                foreach (var doc in docs)
                {
                    foreach (var field in doc.Fields)
                    {
                        var before = ThreadCpu.Now();
                        if (field is SlicedTextField sliced)
                            (last.TryGetValue(sliced.Source, out var whole) ? whole : CapturedTokens.Capture(indexing, sliced.Source, sliced.Text)).Slice(sliced.Start, sliced.End);
                        else if (field is TextField { FieldType.IsStored: false } text && text.GetStringValue() is { } value)
                            last[field.Name] = CapturedTokens.Capture(indexing, field.Name, value);
                        else continue;
                        byField[field.Name] = byField.GetValueOrDefault(field.Name) + (ThreadCpu.Now() - before);
                    }
                }
            }
        });
        Row("analysis (every analysed field, captured)", analysed);
        foreach (var (field, cpu) in byField.OrderByDescending(f => f.Value)) Row($"  {field}", cpu);

        // The 17 rules with the previous year's report of the same agency (as the derived store gives it), then packed.
        var checker = ReportChecker.All(CheckOptions.Default, new SentenceReuse());
        var previousOf = PreviousByAgency(reports);
        var checks = new ReportChecks[reports.Length];
        var byRule = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        Row("checks (17 rules, previous year's report)", Time(() =>
        {
            for (var i = 0; i < reports.Length; i++)
            {
                var previous = previousOf[i];
                var results = new List<CheckResult>();
                foreach (var rule in checker.Checks)
                {
                    var before = ThreadCpu.Now();
                    results.AddRange(ReportChecker.Run(rule, reports[i], previous));
                    byRule[rule.GetType().Name] = byRule.GetValueOrDefault(rule.GetType().Name) + (ThreadCpu.Now() - before);
                }
                checks[i] = new ReportChecks(reports[i].Id, reports[i].SourceFile, reports[i].Agency, reports[i].Year, previous?.Id, results);
            }
        }));
        foreach (var (rule, cpu) in byRule.OrderByDescending(f => f.Value).Take(6)) Row($"  {rule}", cpu);
        Row("checks packed (JSON + Brotli, per rule)", Time(() =>
        {
            foreach (var c in checks) PackedChecks.Of(c);
        }));
        var ruleJson = new List<byte[]>();
        Row("  of which the JSON of each rule's results", Time(() =>
        {
            foreach (var c in checks)
                foreach (var rule in c.Results.GroupBy(r => r.Rule)) ruleJson.Add(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(rule.ToList()));
        }));
        foreach (var quality in new[] { 5, 4, 3 })
        {
            long packed = 0;
            Row($"  of which Brotli q{quality} of that JSON", Time(() =>
            {
                var output = new byte[1 << 20];
                foreach (var utf8 in ruleJson)
                {
                    System.IO.Compression.BrotliEncoder.TryCompress(utf8, output, out var written, quality, Math.Clamp((int)Math.Ceiling(Math.Log2(utf8.Length + 1.0)), 10, 22));
                    packed += written;
                }
            }));
            Console.WriteLine($"    (q{quality}: {packed / 1048576.0:0.00} MiB packed)");
        }
        Console.WriteLine($"  ({ruleJson.Count} rule blobs, {ruleJson.Sum(j => (long)j.Length) / ruleJson.Count} B of JSON each on average)");

        // The writer: the same reports prepared again (ReportIndex.Prepare), then UpsertManyAsync and a commit per batch, as the CLI.
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var prepareCpu = TimeSpan.Zero;
        var writerCpu = TimeSpan.Zero;
        await using (var index = ReportIndex.Open(new ReportIndexOptions(work, analyzers)))
        {
            for (var start = 0; start < reports.Length; start += Batch)
            {
                var before = ThreadCpu.Now();
                var batch = reports[start..Math.Min(reports.Length, start + Batch)].Select(r => index.Prepare(r)).ToList();
                if (!subsections) batch = [.. batch.Select(WithoutSubsections)];
                prepareCpu += ThreadCpu.Now() - before;
                var process = ThreadCpu.Process();
                await index.UpsertManyAsync(batch, ct);
                await index.CommitAsync(ct);
                writerCpu += ThreadCpu.Process() - process;
            }
        }
        Row("ReportIndex.Prepare (JSON + documents + analysis)", prepareCpu);
        Row("writer: UpsertMany + commit (process CPU)", writerCpu);
        var size = new DirectoryInfo(work).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        var input = contents.Sum(c => (long)c.Length);
        Console.WriteLine($"  index {size / 1048576.0:0.0} MiB = {(double)size / input:0.00}x the input text ({input / 1048576.0:0.0} MiB)");
        Console.WriteLine($"  whole run: {(ThreadCpu.Process() - processStart).TotalSeconds:0.0} s process CPU, {wall.Elapsed.TotalSeconds:0.0} s wall; load {MachineLoad.Now()}");
    }

    /// <summary>
    /// The classify row taken apart: the rows the model reads (normalise, segment, cue flags, grams) and the ML.NET
    /// predictions over those rows, for every text the tagger scores (each report's distinct statements and their clauses).
    /// </summary>
    private static void ClassifyParts(ThemeClassifier classifier, StatementRowFactory rowFactory, IReadOnlyList<Report> reports, Action<string, TimeSpan> row)
    {
        var texts = new List<string>();
        var perReport = new List<int>();
        foreach (var report in reports)
        {
            var before = texts.Count;
            foreach (var text in report.Statements.Select(s => s.Text).Concat(report.Commitments.Select(c => c.Text)).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal))
            {
                texts.Add(text);
                texts.AddRange(StatementClauses.Split(StatementText.Normalize(text)));
            }
            perReport.Add(texts.Count - before);
        }
        Console.WriteLine($"  ({texts.Count} predictions: {(double)texts.Count / reports.Count:0.0} a report, {texts.Distinct(StringComparer.Ordinal).Count()} distinct texts)");
        // The classify row again over the same reports: the first pass pays the JIT of ML.NET's per-column code (tier 0,
        // then tier 1 on background threads) and collections of the parse's garbage, both in the process CPU it measures.
        var tagger = new ReportThemeTagger(classifier);
        row("  classify again, warm (themes; process CPU)", TimeProcess(() =>
        {
            foreach (var report in reports) tagger.Apply(report);
        }));
        var model = classifier.Model;
        var withGrams = new StatementRow[texts.Count];
        row("  classify: rows with the gram columns (main)", TimeProcess(() =>
        {
            for (var i = 0; i < texts.Count; i++) withGrams[i] = rowFactory.ForPrediction(texts[i], grams: true);
        }));
        var rows = new StatementRow[texts.Count];
        row($"  classify: rows as the model reads them (grams {model.ReadsGrams})", TimeProcess(() =>
        {
            for (var i = 0; i < texts.Count; i++) rows[i] = rowFactory.ForPrediction(texts[i], model.ReadsGrams);
        }));
        var single = new float[texts.Count][];
        row("  classify: ML.NET, an engine prediction a row", TimeProcess(() =>
        {
            for (var i = 0; i < rows.Length; i++) single[i] = model.ScoreThemes(rows[i]).ThemeProbabilities;
        }));
        var batched = new List<float[]>(texts.Count);
        row("  classify: ML.NET, one Transform a report (ScoreAll: the kind model too)", TimeProcess(() =>
        {
            var next = 0;
            foreach (var count in perReport)
            {
                batched.AddRange(model.ScoreAll(rows.Skip(next).Take(count)).Select(s => s.ThemeProbabilities));
                next += count;
            }
        }));
        static bool Same(float[] a, float[] b) => a.Length == b.Length && a.Select(BitConverter.SingleToInt32Bits).SequenceEqual(b.Select(BitConverter.SingleToInt32Bits));
        var gramsSame = Enumerable.Range(0, texts.Count).Count(i => Same(model.ScoreThemes(withGrams[i]).ThemeProbabilities, single[i]));
        var batchSame = Enumerable.Range(0, texts.Count).Count(i => Same(batched[i], single[i]));
        Console.WriteLine($"    bit-identical probabilities: rows without grams {gramsSame}/{texts.Count}, one Transform a report {batchSame}/{texts.Count}");
    }

    private static TimeSpan TimeProcess(Action action)
    {
        var before = ThreadCpu.Process();
        action();
        return ThreadCpu.Process() - before;
    }

    private static PreparedReport WithoutSubsections(PreparedReport prepared) =>
        new(prepared.Report, prepared.Fingerprint, [.. prepared.Documents.Where(d => d.Get(IndexFields.DocKind) != DocumentKinds.Subsection)]);

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var before = ThreadCpu.Process();
        await action();
        return ThreadCpu.Process() - before;
    }

    /// <summary>Each report's previous-year report of the same agency among those taken (what the history rule picks), or null.</summary>
    private static Report?[] PreviousByAgency(IReadOnlyList<Report> reports)
    {
        var byKey = reports.Select((r, i) => (Key: r.Agency + "|" + r.Region.Province, r.Year, i)).ToLookup(x => x.Key);
        var result = new Report?[reports.Count];
        foreach (var group in byKey)
        {
            var ordered = group.Where(x => x.Year is not null).OrderBy(x => x.Year).ToList();
            for (var k = 1; k < ordered.Count; k++) result[ordered[k].i] = reports[ordered[k - 1].i];
        }
        return result;
    }

    private static async Task WarmUpAsync(ReportFileReader reader, IReadOnlyList<byte[]> contents, IReadOnlyList<string> files, IStatementClassifier? classifier, IndexAnalyzers analyzers, CancellationToken ct)
    {
        var indexing = analyzers.CreateIndexingAnalyzer();
        for (var i = 0; i < contents.Count; i++)
        {
            using var stream = new MemoryStream(contents[i], writable: false);
            if ((await reader.ReadAsync(stream, Path.GetFileName(files[i]), ct)).Report is not { } report) continue;
            if (classifier is not null) report = new ReportThemeTagger(classifier).Apply(report);
            var json = StoredReportJson.SerializeBody(report);
            SectionDocumentBuilder.Build(report, json, StoredReportJson.Fingerprint(json), false, indexing);
            PackedChecks.Of(new ReportChecks(report.Id, report.SourceFile, report.Agency, report.Year, null, ReportChecker.All(CheckOptions.Default, new SentenceReuse()).Run(report)));
        }
    }
}
