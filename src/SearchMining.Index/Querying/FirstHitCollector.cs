using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchMining.Index.Querying;

/// <summary>Records whether a query matches anything, stopping each segment at its first hit (cheap existence test).</summary>
internal sealed class FirstHitCollector : ICollector
{
    public bool Found { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
        Found = true;
        throw new CollectionTerminatedException();
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        if (Found) throw new CollectionTerminatedException();
    }
}
