namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// The lowest score on a page of <c>size</c> hits (a min-heap of the scores collected: one thread's page in the tiered pass,
/// the search's in the MaxScore pass), or a floor known from elsewhere (the merged page of an earlier pass) if higher: a
/// section scoring strictly below it cannot enter the page.
/// </summary>
internal sealed class PageBottom(int size)
{
    private readonly PriorityQueue<float, float> _scores = new(size + 1);

    /// <summary>A bottom known from the whole search so far (negative infinity when none).</summary>
    public float Floor { get; set; } = float.NegativeInfinity;

    public bool Full => _scores.Count == size || Floor > float.NegativeInfinity;

    public float Bottom => _scores.Count == size ? Math.Max(_scores.Peek(), Floor) : Floor;

    public void Add(float score)
    {
        if (_scores.Count < size) _scores.Enqueue(score, score);
        else if (score > _scores.Peek()) _scores.EnqueueDequeue(score, score);
    }
}
