using System.CommandLine;
using System.Diagnostics;
using SearchMining.Analysis;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Cli.Commands;

/// <summary><c>searchmining segment "text" [--mode search] [--no-hmm] [--no-user-dict] [--offsets] [--input file]</c></summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "Text to segment (omit with --input).", Arity = ArgumentArity.ZeroOrOne };
        var mode = new Option<SegmentationMode>("--mode") { Description = "Precise or Search.", DefaultValueFactory = _ => SegmentationMode.Precise };
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not cut unknown runs with the HMM." };
        var noUserDictionary = new Option<bool>("--no-user-dict") { Description = "Leave out the bundled domain user dictionary." };
        var userDictionary = new Option<FileInfo?>("--user-dict") { Description = "Extra user dictionary (word [freq] [tag] lines)." };
        var strictJieba = new Option<bool>("--strict-jieba") { Description = "Split full-width letters and digits one by one, as jieba does." };
        var stats = new Option<bool>("--stats") { Description = "Print dictionary load time and memory (managed heap, working set) to stderr." };
        var offsets = new Option<bool>("--offsets") { Description = "Print one token a line with its start and end offsets." };
        var input = new Option<FileInfo?>("--input") { Description = "Segment a UTF-8 file line by line; prints words separated by spaces." };

        var command = new Command("segment", "Cut Chinese text into words with the jieba-style segmenter.");
        command.Arguments.Add(text);
        command.Options.Add(mode);
        command.Options.Add(noHmm);
        command.Options.Add(noUserDictionary);
        command.Options.Add(userDictionary);
        command.Options.Add(strictJieba);
        command.Options.Add(offsets);
        command.Options.Add(stats);
        command.Options.Add(input);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = (parse.GetValue(strictJieba) ? JiebaSegmenterOptions.StrictJieba : JiebaSegmenterOptions.Default) with { UseHmm = !parse.GetValue(noHmm) };
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            var dictionary = JiebaDictionary.LoadDefault();
            var segmenter = parse.GetValue(noUserDictionary) ? new JiebaSegmenter(dictionary, options) : JiebaSegmenter.CreateDefault(dictionary, options);
            if (parse.GetValue(userDictionary) is { } extra)
            {
                if (!extra.Exists)
                {
                    Console.Error.WriteLine($"user dictionary not found: {extra.FullName}");
                    return 2;
                }
                using var reader = extra.OpenText();
                foreach (var warning in segmenter.LoadUserDictionary(reader).Warnings)
                    Console.Error.WriteLine($"{extra.Name}: {warning}");
            }
            Console.Error.WriteLine($"dictionary loaded in {clock.ElapsedMilliseconds} ms ({dictionary.WordCount:N0} words)");
            if (parse.GetValue(stats))
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
                using var process = Process.GetCurrentProcess();
                Console.Error.WriteLine($"JiebaDictionary.LoadDefault: {dictionary.LoadTime.TotalMilliseconds:F0} ms; trie {dictionary.NodeCount:N0} nodes, {dictionary.TrieSizeInBytes / 1048576.0:F1} MiB; "
                    + $"managed heap held by dictionary + segmenter {heap / 1048576.0:F1} MiB; process working set {process.WorkingSet64 / 1048576.0:F0} MiB; CPU {process.TotalProcessorTime.TotalMilliseconds:F0} ms");
                GC.KeepAlive(segmenter);
            }

            var segmentation = parse.GetValue(mode);
            if (parse.GetValue(input) is { } file)
            {
                if (!file.Exists)
                {
                    Console.Error.WriteLine($"input not found: {file.FullName}");
                    return 2;
                }
                await foreach (var line in File.ReadLinesAsync(file.FullName, cancellationToken))
                    Console.WriteLine(string.Join(' ', segmenter.Cut(line, segmentation)));
                return 0;
            }
            var value = parse.GetValue(text);
            if (string.IsNullOrEmpty(value))
            {
                Console.Error.WriteLine("give the text to segment, or --input <file>");
                return 2;
            }
            var tokens = segmenter.Segment(value, segmentation);
            if (parse.GetValue(offsets))
                foreach (var token in tokens)
                    Console.WriteLine($"{token.Start,6} {token.End,6}  {token.Text}");
            else
                Console.WriteLine(string.Join(" / ", tokens.Select(t => t.Text)));
            return 0;
        });
        return command;
    }
}
