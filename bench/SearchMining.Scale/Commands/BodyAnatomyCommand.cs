using System.CommandLine;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchMining.Index.Storage.Codecs;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>body-anatomy --index DIR</c>: what the report documents' stored body (<c>reportBody</c>) is made of, part by part
/// (<see cref="BodyAnatomy"/>): each part's JSON bytes, its bytes Brotli-compressed alone (as the body is stored), and what
/// the body's compressed bytes lose without it (the part's marginal share: the repeats it shares with the rest stay).
/// Read-only over a committed index; every live report document, or the first <c>--reports</c>.
/// </summary>
internal static class BodyAnatomyCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "A committed index folder (read-only).", Required = true };
        var limit = new Option<int>("--reports") { Description = "Report documents to read (0: all).", DefaultValueFactory = _ => 0 };
        var command = new Command("body-anatomy", "The stored report body's bytes, part by part (raw, compressed alone, marginal).");
        command.Options.Add(index);
        command.Options.Add(limit);
        command.SetAction(result =>
        {
            var watch = Stopwatch.StartNew();
            IndexCodec.EnsureRegistered();
            var anatomy = new BodyAnatomy();
            using (var directory = FSDirectory.Open(result.GetValue(index)!))
            using (var reader = DirectoryReader.Open(directory))
                anatomy.Read(reader, result.GetValue(limit));
            foreach (var line in anatomy.Lines()) Console.WriteLine(line);
            Console.WriteLine($"read in {watch.Elapsed.TotalSeconds:0.0} s; load {MachineLoad.Now()}");
            return 0;
        });
        return command;
    }
}
