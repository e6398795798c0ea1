using System.CommandLine;
using System.Diagnostics;
using System.Text;
using SearchMining.Analysis;
using SearchMining.Analysis.Evaluation;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining segment-eval --gold gold.utf8 [--text raw.utf8] [--oov-words training_words.utf8]</c>:
/// precision, recall, F1 and OOV recall of the segmenter against a gold file of space-separated words.
/// </summary>
internal static class SegmentEvalCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold segmentation: one line per sentence, words separated by spaces.", Required = true };
        var text = new Option<FileInfo?>("--text") { Description = "Raw sentences, line by line as in --gold (default: the gold lines with spaces removed)." };
        var oovWords = new Option<FileInfo?>("--oov-words") { Description = "Training word list (one a line): gold words not in it are out-of-vocabulary." };
        var hmm = new Option<string>("--hmm") { Description = "on, off or both.", DefaultValueFactory = _ => "both" };
        var strictJieba = new Option<bool>("--strict-jieba") { Description = "Split full-width letters and digits one by one, as jieba does." };
        var domainDictionary = new Option<bool>("--domain-dict") { Description = "Add the bundled domain user dictionary (off: jieba's dictionary only)." };
        var userDictionary = new Option<FileInfo?>("--user-dict") { Description = "Extra user dictionary (word [freq] [tag] lines)." };
        var repeat = new Option<int>("--repeat") { Description = "Also time N passes of offsets-only segmentation (MB/s by wall clock and by process CPU time).", DefaultValueFactory = _ => 0 };
        var engine = new Option<string>("--engine") { Description = "ours (default), jiebanet (the jieba.NET package, its own dictionary) or smartcn (Lucene.Net SmartCn), for the comparison.", DefaultValueFactory = _ => "ours" };
        hmm.AcceptOnlyFromAmong("on", "off", "both");
        engine.AcceptOnlyFromAmong("ours", "jiebanet", "smartcn");

        var command = new Command("segment-eval", "Score word segmentation (precision, recall, F1, OOV recall) against a gold file.");
        foreach (var option in new Option[] { gold, text, oovWords, hmm, strictJieba, domainDictionary, userDictionary, repeat, engine })
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var goldFile = parse.GetValue(gold)!;
            var textFile = parse.GetValue(text);
            var oovFile = parse.GetValue(oovWords);
            foreach (var file in new[] { goldFile, textFile, oovFile, parse.GetValue(userDictionary) })
            {
                if (file is not null && !file.Exists)
                {
                    Console.Error.WriteLine($"file not found: {file.FullName}");
                    return 2;
                }
            }
            var goldLines = await File.ReadAllLinesAsync(goldFile.FullName, Encoding.UTF8, cancellationToken);
            var rawLines = textFile is null
                ? goldLines.Select(l => string.Concat(SegmentationScorer.GoldWords(l))).ToArray()
                : await File.ReadAllLinesAsync(textFile.FullName, Encoding.UTF8, cancellationToken);
            if (rawLines.Length != goldLines.Length)
            {
                Console.Error.WriteLine($"--text has {rawLines.Length} lines but --gold has {goldLines.Length}");
                return 2;
            }
            IReadOnlySet<string>? training = oovFile is null
                ? null
                : (await File.ReadAllLinesAsync(oovFile.FullName, Encoding.UTF8, cancellationToken)).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);

            if (parse.GetValue(engine) is not "ours")
            {
                var other = parse.GetValue(engine) == "smartcn" ? (Engine)new SmartCnEngine() : new JiebaNetEngine();
                Console.WriteLine($"{"setting",-10} {"P",7} {"R",7} {"F1",7} {"OOV-R",7} {"words",8} {"MB/s*",6}");
                foreach (var useHmm in other.HasHmm ? parse.GetValue(hmm) switch { "on" => new[] { true }, "off" => [false], _ => [true, false] } : [true])
                    Report(other.Name + (other.HasHmm ? useHmm ? " HMM" : " no HMM" : ""), line => other.Cut(line, useHmm), rawLines, goldLines, training);
                Console.WriteLine("* one pass right after start-up (wall clock).");
                return 0;
            }
            var clock = Stopwatch.StartNew();
            var dictionary = JiebaDictionary.LoadDefault();
            Console.WriteLine($"dictionary: {dictionary.WordCount:N0} words, loaded in {clock.ElapsedMilliseconds} ms");
            Console.WriteLine($"{"setting",-10} {"P",7} {"R",7} {"F1",7} {"OOV-R",7} {"words",8} {"MB/s*",6}");
            var settings = parse.GetValue(hmm) switch { "on" => new[] { true }, "off" => [false], _ => [true, false] };
            foreach (var useHmm in settings)
            {
                var options = (parse.GetValue(strictJieba) ? JiebaSegmenterOptions.StrictJieba : JiebaSegmenterOptions.Default) with { UseHmm = useHmm };
                var segmenter = parse.GetValue(domainDictionary) ? JiebaSegmenter.CreateDefault(dictionary, options) : new JiebaSegmenter(dictionary, options);
                if (parse.GetValue(userDictionary) is { } extra)
                {
                    using var reader = extra.OpenText();
                    segmenter.LoadUserDictionary(reader);
                }
                var scorer = new SegmentationScorer(training);
                var predictions = new IReadOnlyList<string>[rawLines.Length];
                foreach (var line in rawLines.Take(200))
                    segmenter.Cut(line); // warm up the JIT before timing
                var timer = Stopwatch.StartNew();
                for (var i = 0; i < rawLines.Length; i++)
                    predictions[i] = segmenter.Cut(rawLines[i]);
                var seconds = timer.Elapsed.TotalSeconds;
                for (var i = 0; i < rawLines.Length; i++)
                    scorer.Add(SegmentationScorer.GoldWords(goldLines[i]), predictions[i]);
                var score = scorer.Score;
                var megabytes = rawLines.Sum(l => Encoding.UTF8.GetByteCount(l)) / 1_000_000.0;
                Console.WriteLine($"{(useHmm ? "HMM" : "no HMM"),-10} {score.Precision,7:F4} {score.Recall,7:F4} {score.F1,7:F4} {(double.IsNaN(score.OovRecall) ? "-" : score.OovRecall.ToString("F4")),7} {score.GoldWords,8} {megabytes / seconds,6:F1}");
                if (parse.GetValue(repeat) is var passes and > 0)
                    Console.WriteLine("  " + SpeedReport(segmenter, rawLines, megabytes, passes));
                if (score.MisalignedLines > 0)
                    Console.WriteLine($"  warning: {score.MisalignedLines} line(s) differ in characters between --text and --gold");
            }
            if (training is not null)
                Console.WriteLine($"OOV words are gold words missing from {oovFile!.Name}.");
            Console.WriteLine("* one pass of the WordToken API right after start-up (wall clock); use --repeat or the benchmarks for speed.");
            return 0;
        });
        return command;
    }

    /// <summary>Scores one segmenter over the lines and prints its row.</summary>
    private static void Report(string name, Func<string, IReadOnlyList<string>> cut, string[] rawLines, string[] goldLines, IReadOnlySet<string>? training)
    {
        foreach (var line in rawLines.Take(200)) cut(line); // warm up
        var timer = Stopwatch.StartNew();
        var predictions = rawLines.Select(cut).ToList();
        var seconds = timer.Elapsed.TotalSeconds;
        var scorer = new SegmentationScorer(training);
        for (var i = 0; i < rawLines.Length; i++) scorer.Add(SegmentationScorer.GoldWords(goldLines[i]), predictions[i]);
        var score = scorer.Score;
        var megabytes = rawLines.Sum(l => Encoding.UTF8.GetByteCount(l)) / 1_000_000.0;
        Console.WriteLine($"{name,-10} {score.Precision,7:F4} {score.Recall,7:F4} {score.F1,7:F4} {(double.IsNaN(score.OovRecall) ? "-" : score.OovRecall.ToString("F4")),7} {score.GoldWords,8} {megabytes / seconds,6:F1}");
        if (score.MisalignedLines > 0)
            Console.WriteLine($"  warning: {score.MisalignedLines} line(s) differ in characters between the segmentation and --gold");
    }

    private abstract class Engine
    {
        public abstract string Name { get; }
        public abstract bool HasHmm { get; }
        public abstract IReadOnlyList<string> Cut(string line, bool hmm);
    }

    /// <summary>The jieba.NET package as shipped (its own dict.txt and HMM tables, copied next to the binary as jiebanet/).</summary>
    private sealed class JiebaNetEngine : Engine
    {
        private readonly JiebaNet.Segmenter.JiebaSegmenter _segmenter;

        public JiebaNetEngine()
        {
            JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jiebanet");
            _segmenter = new JiebaNet.Segmenter.JiebaSegmenter();
        }

        public override string Name => "jieba.NET";
        public override bool HasHmm => true;
        public override IReadOnlyList<string> Cut(string line, bool hmm) => _segmenter.Cut(line, cutAll: false, hmm: hmm).Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
    }

    private sealed class SmartCnEngine : Engine
    {
        public override string Name => "SmartCn";
        public override bool HasHmm => false;
        public override IReadOnlyList<string> Cut(string line, bool hmm) => ComparisonSegmenters.SmartCn(line);
    }

    private static string SpeedReport(JiebaSegmenter segmenter, string[] lines, double megabytes, int passes)
    {
        var spans = new List<TokenSpan>(4096);
        var report = new StringBuilder();
        foreach (var mode in new[] { SegmentationMode.Precise, SegmentationMode.Search })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var line in lines)
                {
                    spans.Clear();
                    segmenter.Segment(line.AsSpan(), mode, spans);
                }
            }
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            report.Append($"{mode}: {megabytes * passes / wall.Elapsed.TotalSeconds:F1} MB/s wall, {megabytes * passes / cpuSeconds:F1} MB/s CPU; ");
        }
        return report.ToString();
    }
}
