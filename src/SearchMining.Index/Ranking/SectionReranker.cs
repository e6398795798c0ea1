using Lucene.Net.Documents;
using Lucene.Net.Search;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Index.Ranking;

/// <summary>
/// Second stage of section search (docs/RELEVANCE.md, round 5): the first stage's top <see cref="Depth"/> sections are
/// re-ordered by the <see cref="RerankModel"/>'s score of their <see cref="RerankFeatures"/>, within coverage tiers — a
/// section holding more of the query's words (as written or through a related word) stays above one holding fewer, so
/// "all words first" holds as before; the re-ranker orders sections that hold the same words.
/// </summary>
public static class SectionReranker
{
    /// <summary>
    /// Sections of the first stage the re-ranker orders: 50 since round 6 (100 in round 5; chosen by 5-fold CV among 100, 50
    /// and 30, where 50 scored best and halves the second stage's work — docs/RELEVANCE.md round 6).
    /// </summary>
    public const int Depth = 50;

    private static readonly HashSet<string> StoredFields = [IndexFields.Text, IndexFields.SectionTopic];

    /// <summary>
    /// Coverage tier as the first stage scored it: each word group the person typed and the section holds adds
    /// <see cref="RelevanceOptions.GroupCoverageBoost"/> (BM25 and the softer per-word coverage stay below one tier's step).
    /// </summary>
    public static int Tier(RerankCandidate candidate, RelevanceOptions options) =>
        options.GroupCoverageBoost <= 0 ? 0 : (int)MathF.Floor(candidate.Score / options.GroupCoverageBoost);

    /// <param name="matches">The query words each of <paramref name="top"/> holds (<see cref="TermMatcher.Match"/>), which the caller also shows for the page.</param>
    /// <param name="loaded">The stored documents of <paramref name="top"/> where the caller read them already (<see cref="WindowDocuments"/>); else each is read here (text and topic).</param>
    internal static ScoreDoc[] Order(IndexSearcher searcher, string query, IReadOnlyDictionary<int, HitTerms> matches, ScoreDoc[] top, RerankModel model, RelevanceOptions options,
        IReadOnlyDictionary<int, Document>? loaded = null)
    {
        if (top.Length < 2) return top;
        var candidates = top.Select(hit =>
        {
            var doc = loaded is not null && loaded.TryGetValue(hit.Doc, out var read) ? read : Storage.SectionTexts.Load(searcher, hit.Doc, StoredFields);
            var held = matches[hit.Doc];
            return new RerankCandidate(doc.Get(IndexFields.Text) ?? "", doc.Get(IndexFields.SectionTopic) ?? "", float.IsNaN(hit.Score) ? 0f : hit.Score,
                held.Matched, held.Missing.Count, held.Related.Count);
        }).ToList();
        return Order(query, candidates, model, options).Select(i => top[i]).ToArray();
    }

    /// <summary>Indexes of the candidates in the re-ranked order (ties keep the first stage's order).</summary>
    public static IReadOnlyList<int> Order(string query, IReadOnlyList<RerankCandidate> candidates, RerankModel model, RelevanceOptions options)
    {
        var features = RerankFeatures.Compute(query, candidates);
        var scores = features.Select(f => model.Score(f)).ToArray();
        return Enumerable.Range(0, candidates.Count).OrderByDescending(i => Tier(candidates[i], options)).ThenByDescending(i => scores[i]).ThenBy(i => i).ToList();
    }
}
