using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Index.Storage.Codecs;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>
/// Schema 9: the index is written with <see cref="CompactStoredFieldsCodec"/> (stored fields DEFLATE-compressed over
/// 64 KiB chunks). Every segment carries its name, and the sample reports' documents written with it read back field
/// for field as with Lucene 4.6's codec, in fewer stored bytes.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class CompactStoredFieldsCodecTests(SampleIndexFixture fixture)
{
    [Fact]
    public void Every_segment_of_the_index_is_written_with_the_compact_codec()
    {
        var names = fixture.Index.WithSearcher(searcher =>
            searcher.IndexReader.Leaves.Select(leaf => ((SegmentReader)leaf.Reader).SegmentInfo.Info.Codec.Name).ToList());
        names.ShouldNotBeEmpty();
        names.ShouldAllBe(name => name == CompactStoredFieldsCodec.CodecName);
    }

    [Fact]
    public void The_sample_documents_read_back_field_for_field_as_with_lucene46_in_fewer_stored_bytes()
    {
        using var lucene46 = Rewrite(new Lucene46Codec());
        using var compact = Rewrite(IndexCodec.EnsureRegistered());
        using var plainReader = DirectoryReader.Open(lucene46);
        using var compactReader = DirectoryReader.Open(compact);
        compactReader.MaxDoc.ShouldBe(plainReader.MaxDoc);
        compactReader.MaxDoc.ShouldBeGreaterThan(fixture.Reports.Count * 5);
        for (var doc = 0; doc < plainReader.MaxDoc; doc++)
            Describe(compactReader.Document(doc)).ShouldBe(Describe(plainReader.Document(doc)), customMessage: $"document {doc}");
        StoredBytes(compact).ShouldBeLessThan(StoredBytes(lucene46));
    }

    private RAMDirectory Rewrite(Codec codec)
    {
        var directory = new RAMDirectory();
        fixture.Index.WithSearcher(searcher =>
        {
            using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { Codec = codec, OpenMode = OpenMode.CREATE });
            writer.AddIndexes(searcher.IndexReader);
            writer.Commit();
            return 0;
        });
        return directory;
    }

    private static long StoredBytes(RAMDirectory directory) =>
        directory.ListAll().Where(name => name.EndsWith(".fdt", StringComparison.Ordinal)).Sum(directory.FileLength);

    private static string Describe(Document document) =>
        string.Join('\n', document.Fields.Select(f => f.Name + "=" + (f.GetStringValue() ?? Convert.ToBase64String(f.GetBinaryValue()?.Bytes.AsSpan(f.GetBinaryValue()!.Offset, f.GetBinaryValue()!.Length).ToArray() ?? []))
            + "#" + f.NumericType + ":" + f.GetInt32Value() + ":" + f.GetInt64Value()));
}
