using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchMining.Index.Searching;

/// <summary>One segment's matches in order (document numbers of the segment, in a rented array) and their number.</summary>
internal sealed class SegmentMatches(bool record) : ICollector, IDisposable
{
    private int[] _docs = [];

    public int Count { get; private set; }

    public int[] Docs => _docs;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
    }

    public void Collect(int doc)
    {
        if (record)
        {
            if (Count == _docs.Length) Grow();
            _docs[Count] = doc;
        }
        Count++;
    }

    private void Grow()
    {
        var larger = ArrayPool<int>.Shared.Rent(Math.Max(1024, _docs.Length * 2));
        _docs.AsSpan().CopyTo(larger);
        if (_docs.Length > 0) ArrayPool<int>.Shared.Return(_docs);
        _docs = larger;
    }

    public void Dispose()
    {
        if (_docs.Length > 0) ArrayPool<int>.Shared.Return(_docs);
        _docs = [];
    }
}
