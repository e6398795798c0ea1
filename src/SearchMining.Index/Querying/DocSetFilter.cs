using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchMining.Index.Querying;

/// <summary>A filter over a fixed set of top-level document ids of one searcher (the sections a proximity check accepted).</summary>
internal sealed class DocSetFilter(IReadOnlyCollection<int> docs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var max = context.Reader.MaxDoc;
        var bits = new FixedBitSet(max);
        var any = false;
        foreach (var doc in docs)
        {
            var local = doc - context.DocBase;
            if (local < 0 || local >= max) continue;
            bits.Set(local);
            any = true;
        }
        return any ? BitsFilteredDocIdSet.Wrap(bits, acceptDocs) : null;
    }
}
