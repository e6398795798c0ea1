using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchMining.Index.Storage.Codecs;

namespace SearchMining.Index.Storage;

/// <summary>
/// How the index's <see cref="IndexWriter"/> writes segments (docs/SCALING.md "Ingest", round 14). What it writes — the
/// documents, terms, postings, stored fields, doc values and norms — does not depend on these settings
/// (<c>searchmining-scale index-digest</c> equal); only how the files are cut and how much is written twice.
/// </summary>
internal static class WriterSettings
{
    /// <summary>Writer memory before a segment is flushed (Lucene's default is 16 MB: bulk ingestion flushed small segments that merging then rewrote).</summary>
    public const double BufferMB = 64;

    /// <summary>
    /// The writer's configuration. No compound files: Lucene's default packs every flushed segment (and every merged one
    /// under a tenth of the index) into one <c>.cfs</c> file after writing it, so each flushed byte was written twice and
    /// read once more; bulk ingestion flushes two segments a commit. The segment files are read the same way either way.
    /// </summary>
    public static IndexWriterConfig Create(Analyzer? indexing, OpenMode mode) =>
        new(LuceneVersion.LUCENE_48, indexing)
        {
            OpenMode = mode,
            Similarity = RankingSimilarity.Create(),
            RAMBufferSizeMB = BufferMB,
            Codec = IndexCodec.EnsureRegistered(),
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
        };
}
