using Lucene.Net.Codecs.Compressing;

namespace SearchMining.Index.Storage.Codecs;

/// <summary>
/// DEFLATE over the stored fields' chunks, written exactly as Lucene's <see cref="CompressionMode.HIGH_COMPRESSION"/> writes
/// them (its own compressor: a VInt length, then the raw DEFLATE stream), read by <see cref="ChunkInflater"/>: into one
/// buffer kept per reader, only as far as the document asked for, and a chunk read again by the same reader is not read
/// twice (docs/SCALING.md round 14). The compression mode is not written into a segment, so indexes written before read
/// the same bytes (no schema change). One instance: Lucene's merge copies a segment's compressed chunks as they are only
/// when the reader's and the writer's modes are the same object.
/// </summary>
internal sealed class DeflateChunks : CompressionMode
{
    public static DeflateChunks Instance { get; } = new();

    private DeflateChunks()
    {
    }

    public override Compressor NewCompressor() => HIGH_COMPRESSION.NewCompressor();

    public override Decompressor NewDecompressor() => new ChunkInflater();

    public override string ToString() => "DEFLATE (HIGH_COMPRESSION's format, inflated in place)";
}
