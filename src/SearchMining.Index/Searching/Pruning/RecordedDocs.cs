using Lucene.Net.Search;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// Documents one walk recorded in order (a segment's top tier, counted before the rule decides), iterated again without
/// walking what produced them: the tier's conjunction of bitsets is walked once, not once to count and once to score.
/// </summary>
internal sealed class RecordedDocs(int[] docs, int count) : DocIdSetIterator
{
    private int _at = -1;
    private int _doc = -1;

    public override int DocID => _doc;

    public override int NextDoc() => _doc = ++_at < count ? docs[_at] : NO_MORE_DOCS;

    public override int Advance(int target)
    {
        var from = _at + 1;
        if (from >= count) return _doc = NO_MORE_DOCS;
        var i = Array.BinarySearch(docs, from, count - from, target);
        _at = i < 0 ? ~i : i;
        return _doc = _at < count ? docs[_at] : NO_MORE_DOCS;
    }

    public override long GetCost() => count;
}
