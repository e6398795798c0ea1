using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Querying;

namespace SearchMining.Index.Searching;

/// <summary>
/// Tells, for the hits of one page, which query words each holds as written, which only through related words, and which
/// not at all: each word's queries are run over just those documents (a scorer advanced to each hit), so the cost grows with
/// the hits shown, not with the matches.
/// </summary>
internal static class TermMatcher
{
    public static IReadOnlyDictionary<int, HitTerms> Match(IndexSearcher searcher, IReadOnlyList<QueryTerm> terms, IReadOnlyList<int> docs)
    {
        if (terms.Count == 0 || docs.Count == 0) return docs.Distinct().ToDictionary(d => d, _ => HitTerms.None);
        var literal = terms.Select(t => Matching(searcher, t.Literal, docs)).ToList();
        var related = terms.Select(t => t.Related.Select(r => Matching(searcher, r.Query, docs)).ToList()).ToList();
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

    /// <summary>The subset of <paramref name="docs"/> (top-level ids) that <paramref name="query"/> matches.</summary>
    private static HashSet<int> Matching(IndexSearcher searcher, Query query, IReadOnlyList<int> docs)
    {
        var found = new HashSet<int>();
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        foreach (var group in docs.Distinct().GroupBy(d => ReaderUtil.SubIndex(d, leaves)))
        {
            var leaf = leaves[group.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            var current = -1;
            foreach (var doc in group.OrderBy(d => d))
            {
                var target = doc - leaf.DocBase;
                if (current < target) current = scorer.Advance(target);
                if (current == DocIdSetIterator.NO_MORE_DOCS) break;
                if (current == target) found.Add(doc);
            }
        }
        return found;
    }
}
