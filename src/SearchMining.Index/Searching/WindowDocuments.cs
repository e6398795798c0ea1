using Lucene.Net.Documents;
using Lucene.Net.Search;
using SearchMining.Index.Storage;

namespace SearchMining.Index.Searching;

/// <summary>
/// The stored documents of the re-ranker's window, each read once with every stored field (what the page shows besides what
/// the re-ranker reads: text and topic), in document order — so that documents of one stored-fields chunk (a report's
/// sections are adjacent) follow each other and the chunk is inflated once (<see cref="Storage.Codecs.ChunkInflater"/>) —
/// and kept for the page, whose sections are among them (docs/SCALING.md round 14: until then the page's 10 were read again).
/// </summary>
internal static class WindowDocuments
{
    public static IReadOnlyDictionary<int, Document> Load(IndexSearcher searcher, IReadOnlyList<ScoreDoc> window)
    {
        var docs = new int[window.Count];
        for (var i = 0; i < docs.Length; i++) docs[i] = window[i].Doc;
        Array.Sort(docs);
        var loaded = new Dictionary<int, Document>(docs.Length);
        foreach (var doc in docs)
            if (!loaded.ContainsKey(doc)) loaded[doc] = SectionTexts.Load(searcher, doc);
        return loaded;
    }
}
