namespace SearchMining.Corpus.Views;

/// <summary>
/// Keeps the best <c>offset + size</c> of the items it is given in <paramref name="order"/> (ties: the one given first
/// comes first, as a stable sort would put them) and counts them all: a page of a list without holding the list.
/// </summary>
internal sealed class PageCollector<T>(int offset, int size, IComparer<T> order)
{
    private readonly PriorityQueue<(T Item, long Seq), (T Item, long Seq)> _best = new(new Worst(order));
    private readonly int _keep = checked(Math.Max(0, offset) + Math.Max(0, size));
    private long _seq;

    public int Total { get; private set; }

    public void Add(T item)
    {
        Total++;
        if (_keep == 0) return;
        var entry = (item, _seq++);
        if (_best.Count < _keep) _best.Enqueue(entry, entry);
        else if (new Worst(order).Compare(entry, _best.Peek()) > 0) _best.DequeueEnqueue(entry, entry);
    }

    public ViewPage<T> Page()
    {
        var kept = new List<(T Item, long Seq)>(_best.Count);
        while (_best.TryDequeue(out var entry, out _)) kept.Add(entry);
        kept.Reverse(); // dequeued worst first
        return new ViewPage<T>(Total, [.. kept.Skip(Math.Max(0, offset)).Select(e => e.Item)]);
    }

    /// <summary>Orders entries worst first (the queue's head is the one to drop): later in the order, or later given on a tie.</summary>
    private sealed class Worst(IComparer<T> order) : IComparer<(T Item, long Seq)>
    {
        public int Compare((T Item, long Seq) x, (T Item, long Seq) y)
        {
            var byOrder = order.Compare(y.Item, x.Item);
            return byOrder != 0 ? byOrder : y.Seq.CompareTo(x.Seq);
        }
    }
}
