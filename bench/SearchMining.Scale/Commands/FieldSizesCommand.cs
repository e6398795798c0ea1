using System.CommandLine;
using System.Diagnostics;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Index.Schema;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>field-sizes --index DIR --out DIR [--kind report|section|subsection]</c>: the live documents of a committed index
/// (opened read-only; with <c>--kind</c>, only that kind's) merged again into one segment with the index's encodings but
/// every field's postings and doc values in files of their own (<see cref="PerFieldFilesCodec"/>): bytes per file
/// extension, then per field its terms dictionary (.tim/.tip), documents (.doc), positions (.pos), offsets and payloads
/// (.pay) and doc values (.dvd/.dvm). Stored fields, norms and field infos stay one file each (the <c>profile</c>
/// anatomy gives stored bytes per field before compression). Run it per kind to split a field between document kinds.
/// </summary>
internal static class FieldSizesCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "A committed index folder (read-only).", Required = true };
        var output = new Option<string>("--out") { Description = "A new folder to write (deleted first).", Required = true };
        var kind = new Option<string?>("--kind") { Description = "Only documents of this kind: report, section or subsection." };
        var command = new Command("field-sizes", "The index's documents merged again with each field's postings and doc values in files of their own: bytes per field and file.");
        command.Options.Add(index);
        command.Options.Add(output);
        command.Options.Add(kind);
        command.SetAction(result =>
        {
            SearchMining.Index.Storage.Codecs.IndexCodec.EnsureRegistered();
            var target = result.GetValue(output)!;
            if (System.IO.Directory.Exists(target)) System.IO.Directory.Delete(target, recursive: true);
            var only = result.GetValue(kind);
            var watch = Stopwatch.StartNew();
            int docs;
            using (var source = FSDirectory.Open(result.GetValue(index)!))
            using (var reader = DirectoryReader.Open(source))
            using (var destination = FSDirectory.Open(target))
            using (var writer = new IndexWriter(destination, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)
            {
                Codec = new PerFieldFilesCodec(), OpenMode = OpenMode.CREATE, UseCompoundFile = false,
                MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
            }))
            {
                var leaves = reader.Leaves.Select(leaf => only is null ? (IndexReader)leaf.AtomicReader : new OneKindOnly(leaf.AtomicReader, only)).ToArray();
                docs = leaves.Sum(l => l.NumDocs);
                writer.AddIndexes(leaves);
                writer.Commit();
            }
            Console.WriteLine($"field-sizes {(only ?? "all kinds")}: {docs:N0} documents written in {watch.Elapsed.TotalSeconds:0.0} s; load {MachineLoad.Now()}");
            var files = new DirectoryInfo(target).GetFiles();
            var total = files.Sum(f => f.Length);
            foreach (var group in files.GroupBy(f => f.Extension, StringComparer.Ordinal).OrderByDescending(g => g.Sum(f => f.Length)))
                Console.WriteLine($"  {group.Key,-6} {group.Sum(f => f.Length),14:N0} B  {100.0 * group.Sum(f => f.Length) / total,5:0.0} %");
            Console.WriteLine($"  total  {total,14:N0} B");
            PrintFields(target, files, total);
            return 0;
        });
        return command;
    }

    private static void PrintFields(string target, FileInfo[] files, long total)
    {
        var segment = files.Single(f => f.Extension == ".si").Name[..^3];
        FieldInfos infos;
        using (var directory = FSDirectory.Open(target))
            infos = new Lucene46FieldInfosFormat().FieldInfosReader.Read(directory, segment, "", IOContext.READ_ONCE);
        string[] postings = [".tim", ".tip", ".doc", ".pos", ".pay"];
        string[] values = [".dvd", ".dvm"];
        Console.WriteLine($"  {"field",-20} {"index options",-34} {"norms",5} {".tim+.tip",12} {".doc",12} {".pos",12} {".pay",10} {"doc values",12} {"all",12} {"share",6}");
        var rows = new List<(string Line, long Bytes)>();
        foreach (var info in infos)
        {
            long Sum(string key, string[] extensions) =>
                info.GetAttribute(key) is { } suffix ? files.Where(f => extensions.Contains(f.Extension) && f.Name.StartsWith(segment + "_", StringComparison.Ordinal)
                    && f.Name[..^f.Extension.Length].EndsWith("_" + suffix, StringComparison.Ordinal)
                    && f.Name.Contains(key.StartsWith("PerFieldPostings", StringComparison.Ordinal) ? "_Lucene41_" : "_Lucene45_", StringComparison.Ordinal)).Sum(f => f.Length) : 0;
            long Ext(string extension) => Sum("PerFieldPostingsFormat.suffix", [extension]);
            var terms = Ext(".tim") + Ext(".tip");
            var dv = Sum("PerFieldDocValuesFormat.suffix", values);
            var all = terms + Ext(".doc") + Ext(".pos") + Ext(".pay") + dv;
            rows.Add(($"  {info.Name,-20} {(info.IsIndexed ? info.IndexOptions.ToString() : "-"),-34} {(info.HasNorms ? "yes" : "-"),5} {terms,12:N0} {Ext(".doc"),12:N0} {Ext(".pos"),12:N0} {Ext(".pay"),10:N0} {dv,12:N0} {all,12:N0} {100.0 * all / total,5:0.0}%", all));
        }
        foreach (var row in rows.OrderByDescending(r => r.Bytes)) Console.WriteLine(row.Line);
    }
}
