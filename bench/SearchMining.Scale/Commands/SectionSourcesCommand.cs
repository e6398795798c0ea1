using System.CommandLine;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Corpus.Storage;
using SearchMining.Index.Storage.Codecs;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>section-sources --index DIR</c>: whether the section documents' stored texts could be rebuilt from the kept originals
/// and what that would keep stored and cost to read (<see cref="SectionSources"/>; docs/SCALING.md "Round 18 (size)"). Run
/// it on a copy: the originals store is opened as the service opens it.
/// </summary>
internal static class SectionSourcesCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "A committed index folder with its originals store (use a copy).", Required = true };
        var limit = new Option<int>("--reports") { Description = "Reports to read (0: all).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = "A new folder: what each section document would store instead of its text, written with the index's codec (one segment)." };
        var command = new Command("section-sources", "Whether each section text can be rebuilt from the kept original through its runs; the read cost of both ways.");
        command.Options.Add(index);
        command.Options.Add(limit);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var watch = Stopwatch.StartNew();
            var codec = IndexCodec.EnsureRegistered();
            var folder = result.GetValue(index)!;
            var target = result.GetValue(output);
            var sources = new SectionSources();
            using (var store = OriginalStore.Open(folder))
            using (var directory = FSDirectory.Open(folder))
            using (var reader = DirectoryReader.Open(directory))
            using (var destination = target is null ? null : FSDirectory.Open(target))
            using (var writer = destination is null ? null : new IndexWriter(destination, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { Codec = codec, OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256 }))
            {
                sources.Read(reader, store, result.GetValue(limit), writer);
                writer?.ForceMerge(1);
                writer?.Commit();
            }
            foreach (var line in sources.Lines()) Console.WriteLine(line);
            if (target is not null)
                Console.WriteLine($"kept instead of the texts: .fdt {new DirectoryInfo(target).GetFiles("*.fdt").Sum(f => f.Length):N0} B");
            Console.WriteLine($"read in {watch.Elapsed.TotalSeconds:0.0} s; load {MachineLoad.Now()}");
            return 0;
        });
        return command;
    }
}
