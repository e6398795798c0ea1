using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchMining.Index.Querying;

/// <summary>Collects the top-level ids of every matching document, unscored.</summary>
internal sealed class DocIdCollector : ICollector
{
    private int _base;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void Collect(int doc) => Docs.Add(_base + doc);

    public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

    public void SetScorer(Scorer scorer)
    {
    }
}
