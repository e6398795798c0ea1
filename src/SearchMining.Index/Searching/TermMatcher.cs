using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Querying;

namespace SearchMining.Index.Searching;

/// <summary>
/// Tells, for the hits of one page, which query words each holds as written, which only through related words, and which
/// not at all: each word's queries are run over just those documents, so the cost grows with the hits shown, not with the
/// matches. A word whose presence the search has cached already (<see cref="MatchCache"/>: its coverage clause) is read from
/// those bitsets, else from a scorer advanced to each hit (its weight built for the whole index: term statistics in every
/// segment, round 14).
/// </summary>
internal static class TermMatcher
{
    /// <param name="cachedPresence">Read a word's presence from <see cref="MatchCache"/>'s bitsets where held (the same documents; off only to compare).</param>
    public static IReadOnlyDictionary<int, HitTerms> Match(IndexSearcher searcher, IReadOnlyList<QueryTerm> terms, IReadOnlyList<int> docs, bool cachedPresence = true)
    {
        if (terms.Count == 0 || docs.Count == 0) return docs.Distinct().ToDictionary(d => d, _ => HitTerms.None);
        var leaves = searcher.IndexReader.Leaves;
        // The documents by segment, in order: once for every word's queries.
        var bySegment = docs.Distinct().GroupBy(d => ReaderUtil.SubIndex(d, leaves)).Select(g => (Leaf: leaves[g.Key], Docs: g.Order().ToArray())).ToList();
        var literal = terms.Select(t => Matching(searcher, t.Literal, bySegment, cachedPresence)).ToList();
        var related = terms.Select(t => t.Related.Select(r => Matching(searcher, r.Query, bySegment, cachedPresence)).ToList()).ToList();
        var result = new Dictionary<int, HitTerms>();
        foreach (var doc in docs.Distinct())
        {
            var matched = new List<string>();
            var missing = new List<string>();
            var via = new List<RelatedMatch>();
            for (var i = 0; i < terms.Count; i++)
            {
                if (literal[i].Contains(doc))
                {
                    matched.Add(terms[i].Text);
                    continue;
                }
                var words = terms[i].Related.Where((_, j) => related[i][j].Contains(doc)).Select(r => r.Text).ToList();
                if (words.Count > 0) via.Add(new RelatedMatch(terms[i].Text, words));
                else missing.Add(terms[i].Text);
            }
            result[doc] = new HitTerms(matched, missing, via);
        }
        return result;
    }

    /// <summary>The subset of the documents (top-level ids, by segment and in order) that <paramref name="query"/> matches.</summary>
    private static HashSet<int> Matching(IndexSearcher searcher, Query query, List<(AtomicReaderContext Leaf, int[] Docs)> bySegment, bool cachedPresence)
    {
        var found = new HashSet<int>();
        var held = cachedPresence ? MatchCache.Held(query) : null;
        var weight = held is null ? searcher.CreateNormalizedWeight(query) : null;
        foreach (var (leaf, docs) in bySegment)
        {
            var live = leaf.AtomicReader.LiveDocs;
            DocIdSetIterator? matches = held is not null ? held.GetDocIdSet(leaf, live)?.GetIterator() : weight!.GetScorer(leaf, live);
            if (matches is null) continue;
            var current = -1;
            foreach (var doc in docs)
            {
                var target = doc - leaf.DocBase;
                if (current < target) current = matches.Advance(target);
                if (current == DocIdSetIterator.NO_MORE_DOCS) break;
                if (current == target) found.Add(doc);
            }
        }
        return found;
    }
}
