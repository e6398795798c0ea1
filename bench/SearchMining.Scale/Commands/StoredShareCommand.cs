using System.CommandLine;
using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Index.Storage.Codecs;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>stored-share --index DIR --out DIR --field text</c>: what one stored field weighs in the index's <c>.fdt</c> once
/// compressed by the index's codec. Every live document's values of the field (read from a committed index, read-only) are
/// written alone, in doc order, into a new folder with <see cref="CompactStoredFieldsCodec"/>; no postings. Cheaper than
/// <c>recodec --without</c>, which writes the whole index again (round 14: the section documents' <c>text</c>).
/// </summary>
internal static class StoredShareCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "A committed index folder (read-only).", Required = true };
        var output = new Option<string>("--out") { Description = "A new folder to write.", Required = true };
        var field = new Option<string>("--field") { Description = "The stored field.", DefaultValueFactory = _ => "text" };
        var command = new Command("stored-share", "One stored field's documents written alone with the index's codec: its compressed bytes.");
        command.Options.Add(index);
        command.Options.Add(output);
        command.Options.Add(field);
        command.SetAction(result =>
        {
            var codec = IndexCodec.EnsureRegistered();
            var name = result.GetValue(field)!;
            var target = result.GetValue(output)!;
            var wanted = new HashSet<string>(StringComparer.Ordinal) { name };
            var watch = Stopwatch.StartNew();
            long documents = 0, raw = 0;
            using (var source = FSDirectory.Open(result.GetValue(index)!))
            using (var reader = DirectoryReader.Open(source))
            using (var destination = FSDirectory.Open(target))
            using (var writer = new IndexWriter(destination, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { Codec = codec, OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256 }))
            {
                var live = MultiFields.GetLiveDocs(reader);
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    var values = reader.Document(doc, wanted).GetFields(name);
                    if (values.Length == 0) continue;
                    var copy = new Document();
                    foreach (var value in values)
                    {
                        if (value.GetBinaryValue() is { } bytes) { copy.Add(new StoredField(name, bytes)); raw += bytes.Length; }
                        else if (value.GetStringValue() is { } text) { copy.Add(new StoredField(name, text)); raw += System.Text.Encoding.UTF8.GetByteCount(text); }
                    }
                    writer.AddDocument(copy);
                    documents++;
                }
                writer.ForceMerge(1);
                writer.Commit();
            }
            Console.WriteLine($"{name}: {documents:N0} documents, {raw:N0} B raw; written in {watch.Elapsed.TotalSeconds:0.0} s; load {MachineLoad.Now()}");
            foreach (var group in new DirectoryInfo(target).GetFiles().GroupBy(f => f.Extension, StringComparer.Ordinal).OrderByDescending(g => g.Sum(f => f.Length)).Take(3))
                Console.WriteLine($"  {group.Key,-6} {group.Sum(f => f.Length),14:N0} B");
            return 0;
        });
        return command;
    }
}
