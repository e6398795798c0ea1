using System.CommandLine;
using System.Diagnostics;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Index.Storage.Codecs;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>recodec --index DIR --out DIR --codec lucene46|deflate</c>: the documents of a committed index (opened read-only)
/// written again, merged into one segment, with Lucene 4.6's codec (stored fields LZ4 over 16 KiB) or the index's
/// <see cref="CompactStoredFieldsCodec"/> (DEFLATE over 64 KiB): bytes per file extension, then the cost of reading
/// every stored field of <c>--reads</c> documents spread over the index (what a search page's hits and a report view
/// read), wall and process CPU. Same documents, same postings: only the stored-fields format differs between the two.
/// <c>--without f1,f2</c> leaves those stored fields out of the written documents (round 14: what dropping the section
/// documents' <c>text</c> or the report documents' <c>reportDigest</c> takes off, on the same documents).
/// </summary>
internal static class RecodecCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "A committed index folder (read-only).", Required = true };
        var output = new Option<string>("--out") { Description = "A new folder to write.", Required = true };
        var codec = new Option<string>("--codec") { Description = "lucene46 or deflate.", DefaultValueFactory = _ => "deflate" };
        var without = new Option<string>("--without") { Description = "Stored fields to leave out, comma-separated.", DefaultValueFactory = _ => "" };
        var reads = new Option<int>("--reads") { Description = "Documents whose stored fields are read after writing.", DefaultValueFactory = _ => 20000 };
        var command = new Command("recodec", "The index's documents written again with another stored-fields codec: sizes and read cost.");
        command.Options.Add(index);
        command.Options.Add(output);
        command.Options.Add(codec);
        command.Options.Add(reads);
        command.Options.Add(without);
        command.SetAction(result =>
        {
            var chosen = IndexCodec.EnsureRegistered();
            if (string.Equals(result.GetValue(codec), "lucene46", StringComparison.Ordinal)) chosen = new Lucene46Codec();
            var target = result.GetValue(output)!;
            var watch = Stopwatch.StartNew();
            using (var source = FSDirectory.Open(result.GetValue(index)!))
            using (var reader = DirectoryReader.Open(source))
            using (var destination = FSDirectory.Open(target))
            using (var writer = new IndexWriter(destination, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { Codec = chosen, OpenMode = OpenMode.CREATE }))
            {
                var dropped = result.GetValue(without)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
                if (dropped.Count == 0) writer.AddIndexes(reader);
                else writer.AddIndexes([.. reader.Leaves.Select(leaf => (IndexReader)new StoredFieldsWithout(leaf.AtomicReader, dropped))]);
                writer.Commit();
            }
            Console.WriteLine($"{chosen.Name} without [{result.GetValue(without)}]: written in {watch.Elapsed.TotalSeconds:0.0} s; load {MachineLoad.Now()}");
            foreach (var group in new DirectoryInfo(target).GetFiles().GroupBy(f => f.Extension, StringComparer.Ordinal).OrderByDescending(g => g.Sum(f => f.Length)))
                Console.WriteLine($"  {group.Key,-6} {group.Sum(f => f.Length),14:N0} B");
            Console.WriteLine($"  total  {new DirectoryInfo(target).GetFiles().Sum(f => f.Length),14:N0} B");
            using (var directory = FSDirectory.Open(target))
            using (var reader = DirectoryReader.Open(directory))
            {
                var count = Math.Min(result.GetValue(reads), reader.MaxDoc);
                var step = Math.Max(1, reader.MaxDoc / Math.Max(1, count));
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                watch.Restart();
                long fields = 0;
                for (var i = 0; i < count; i++) fields += reader.Document((int)((long)i * step * 7919 % reader.MaxDoc)).Fields.Count;
                var wall = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                Console.WriteLine($"  read {count} documents ({fields} fields): wall {wall / count * 1000:0.0} µs, cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds / count * 1000:0.0} µs a document; load {MachineLoad.Now()}");
            }
            return 0;
        });
        return command;
    }
}
