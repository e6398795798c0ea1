using Lucene.Net.Codecs;

namespace SearchMining.Index.Storage.Codecs;

/// <summary>The codec the index is written with, registered once per process so that its segments can be read.</summary>
public static class IndexCodec
{
    private static readonly Lazy<Codec> Writing = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(CompactStoredFieldsCodec)] });
        return Codec.ForName(CompactStoredFieldsCodec.CodecName);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the codec (idempotent); call before opening an index directory with a reader or writer.</summary>
    public static Codec EnsureRegistered() => Writing.Value;
}
