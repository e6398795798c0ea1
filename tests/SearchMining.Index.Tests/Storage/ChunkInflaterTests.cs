using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Index.Storage.Codecs;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>
/// Round 14: stored-field chunks are read by <see cref="ChunkInflater"/> (inflated into a kept buffer, only as far as the
/// document asked for, the last chunk remembered) instead of Lucene's reader of the same format. Every document reads back
/// field for field as Lucene's reader gives it, in any order (a chunk met again, a document past where the first read of
/// its chunk stopped, a document larger than two chunks, read in slices), on the sample index and on one written here.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class ChunkInflaterTests(SampleIndexFixture fixture)
{
    [Fact]
    public void The_sample_documents_read_back_as_lucene_reads_them_in_any_order()
    {
        fixture.Index.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            reader.MaxDoc.ShouldBeGreaterThan(fixture.Reports.Count * 5);
            var expected = Enumerable.Range(0, reader.MaxDoc).Select(doc => LuceneReads(reader, doc)).ToList();
            // In order (a chunk's documents one after the other), backwards (each chunk from its end), and scattered.
            var orders = new[]
            {
                Enumerable.Range(0, reader.MaxDoc).ToList(),
                Enumerable.Range(0, reader.MaxDoc).Reverse().ToList(),
                Enumerable.Range(0, reader.MaxDoc).Select(i => (int)((long)i * 7919 % reader.MaxDoc)).ToList(),
            };
            foreach (var order in orders)
            foreach (var doc in order)
                Describe(reader.Document(doc)).ShouldBe(expected[doc], customMessage: $"document {doc}");
            return 0;
        });
    }

    [Fact]
    public void A_chunk_read_from_its_start_then_past_it_and_a_document_of_several_chunks_read_back_whole()
    {
        using var directory = new RAMDirectory();
        var texts = new List<string>();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { Codec = IndexCodec.EnsureRegistered() }))
        {
            var sentence = fixture.Reports.SelectMany(r => r.Sections).Select(s => s.Text).First(t => t.Length > 200);
            for (var i = 0; i < 120; i++)
            {
                // Small documents fill several chunks; one in the middle is larger than two chunks (read in slices).
                var text = i == 60 ? string.Concat(Enumerable.Repeat(sentence + i, 3 * CompactStoredFieldsCodec.ChunkSize / sentence.Length))
                    : string.Concat(Enumerable.Repeat(sentence + i, 1 + i % 4));
                texts.Add(text);
                writer.AddDocument(new Document { new StoredField("text", text), new StoredField("n", i) });
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        reader.Leaves.Count.ShouldBe(1);
        var expected = Enumerable.Range(0, reader.MaxDoc).Select(doc => LuceneReads(reader, doc)).ToList();
        for (var doc = 0; doc < reader.MaxDoc; doc++) expected[doc].ShouldContain(texts[doc]);
        // Each document after the first of its chunk, then the first again (kept), then twice in a row, then every second one.
        foreach (var doc in Enumerable.Range(0, reader.MaxDoc).SelectMany(d => new[] { d, Math.Max(0, d - 3), d, d }).Concat(Enumerable.Range(0, reader.MaxDoc).Where(d => d % 2 == 0)))
            Describe(reader.Document(doc)).ShouldBe(expected[doc], customMessage: $"document {doc}");
    }

    private static string LuceneReads(IndexReader reader, int doc)
    {
        ChunkInflater.LuceneWay = true;
        try
        {
            return Describe(reader.Document(doc));
        }
        finally
        {
            ChunkInflater.LuceneWay = false;
        }
    }

    private static string Describe(Document document) =>
        string.Join('\n', document.Fields.Select(f => f.Name + "=" + (f.GetStringValue() ?? Convert.ToBase64String(f.GetBinaryValue()?.Bytes.AsSpan(f.GetBinaryValue()!.Offset, f.GetBinaryValue()!.Length).ToArray() ?? []))
            + "#" + f.NumericType + ":" + f.GetInt32Value() + ":" + f.GetInt64Value()));
}
