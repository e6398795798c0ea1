using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Schema;

namespace SearchMining.Scale.Measurement;

/// <summary>A segment that shows only the live documents of one kind (<see cref="IndexFields.DocKind"/>): merged, it writes them alone.</summary>
internal sealed class OneKindOnly : FilterAtomicReader
{
    private readonly FixedBitSet _kept;
    private readonly int _count;

    public OneKindOnly(AtomicReader segment, string kind)
        : base(segment)
    {
        _kept = new FixedBitSet(segment.MaxDoc);
        var live = segment.LiveDocs;
        var docs = segment.GetTermDocsEnum(new Term(IndexFields.DocKind, kind));
        if (docs is not null)
        {
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (live is null || live.Get(doc)) _kept.Set(doc);
            }
        }
        _count = _kept.Cardinality;
    }

    public override IBits LiveDocs => _kept;

    public override int NumDocs => _count;
}
