using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace SearchMining.Index.Storage.Codecs;

/// <summary>
/// Lucene 4.6's codec with the stored fields compressed by DEFLATE (<see cref="CompressionMode.HIGH_COMPRESSION"/>'s format,
/// read by <see cref="DeflateChunks"/> since round 14) over chunks of <see cref="ChunkSize"/> bytes instead of LZ4 over
/// 16 KiB (schema 9, docs/SCALING.md "Index size"). Postings,
/// doc values and norms are Lucene 4.6's. The name is written into every segment: <see cref="IndexCodec"/> registers it
/// so that a segment written with it can be read.
/// </summary>
[CodecName(CodecName)]
public sealed class CompactStoredFieldsCodec : FilterCodec
{
    /// <summary>The name segments written with this codec carry.</summary>
    public const string CodecName = "SearchMining46Deflate";

    /// <summary>Bytes of documents compressed together: a stored-field read inflates at most one chunk.</summary>
    public const int ChunkSize = 1 << 16;

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("SearchMiningDeflateStoredFields", DeflateChunks.Instance, ChunkSize);

    public CompactStoredFieldsCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;
}
