namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// Whether one search takes the tiered pass (<see cref="TieredTopHits"/>) or scores every match in Lucene's own loop, from
/// numbers known before any scoring (docs/SCALING.md round 13): the query's scored clauses, the number of matches and the
/// top tier's (a conjunction of cached bitsets, counted without scoring) against the page (or the re-ranker's window). The
/// tiered pass pays where it leaves most matches unscored; where it scores most of them anyway, advancing Lucene's scorer to
/// each survivor costs more than Lucene's own loop. Either way the page, scores, totals and facets are the same.
/// Set from the 10k mix (search-cost --against no-tiers --tiers-always) and checked on the 100k one.
/// </summary>
internal static class TierRule
{
    /// <summary>
    /// A query with at least this many scored (BM25) clauses takes the tiers by its shape: the block maxima of a sum of many
    /// clauses vary from block to block, so most blocks fall below the page even inside the top tier (10k: 政府信息公开 10
    /// clauses, 不予公开 国家秘密 12, 信息公开 平台 建设 10 — 24–54 % of the matches scored; every query with fewer scored
    /// 78–100 % unless its top tier was small).
    /// </summary>
    public const int ManyScoredClauses = 8;

    /// <summary>Fewer scored clauses, several tiers: taken when the top tier holds at most this share of the matches.</summary>
    public const double TopTierShare = 0.5;

    /// <summary>
    /// What the shape decides: many scored clauses take the tiers; else one tier declines them (the round-11 path, no extra
    /// walk) and several tiers are counted first.
    /// </summary>
    public static TierChoice ByShape(bool oneTier, int scoredClauses) =>
        scoredClauses >= ManyScoredClauses ? TierChoice.Take : oneTier ? TierChoice.Decline : TierChoice.Count;

    /// <summary>Why a query is declined by its shape (one tier, few scored clauses).</summary>
    public static string DeclinedByShape(int scoredClauses) => $"one tier, {scoredClauses} scored clauses";

    /// <summary>Why a search is declined once its matches and top tier are counted, or null to take the tiered pass.</summary>
    public static string? Decline(long matches, long topTier, int size)
    {
        if (topTier < size) return $"top tier {topTier} under the page {size}";
        return topTier > TopTierShare * matches ? $"top tier {topTier} over {TopTierShare:0.##} of {matches}" : null;
    }
}
