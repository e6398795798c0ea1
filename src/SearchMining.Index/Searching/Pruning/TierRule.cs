namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// Whether one search takes the tiered pass (<see cref="TieredTopHits"/>) or scores every match in Lucene's own loop, from
/// numbers known before any scoring (docs/SCALING.md round 13): the number of matches, the top tier's (a conjunction of cached
/// bitsets, counted without scoring), the page (or the re-ranker's window) and the query's scored clauses. The tiered pass
/// pays where it leaves most matches unscored; where it scores most of them anyway, advancing Lucene's scorer to each
/// survivor costs more than Lucene's own loop. Either way the page, scores, totals and facets are the same.
/// </summary>
internal static class TierRule
{
    /// <summary>Several tiers: taken when the top tier holds at most this share of the matches (the rest is left unscored).</summary>
    public const double TopTierShare = 0.5;

    /// <summary>
    /// One tier (block maxima alone decide what is skipped): taken only when the query has at least this many scored clauses
    /// (their block maxima vary enough for a block's bound to fall below the page) …
    /// </summary>
    public const int OneTierScoredClauses = 4;

    /// <summary>… and at least this many matches per page slot (the page's bottom sits high among them).</summary>
    public const int OneTierMatchesPerSlot = 2000;

    /// <summary>Why a search with one tier is not taken by its shape alone, or null (then its match count decides).</summary>
    public static string? DeclineOneTier(int scoredClauses) =>
        scoredClauses < OneTierScoredClauses ? $"one tier, {scoredClauses} scored clauses" : null;

    /// <summary>Why a search is not taken once its matches are counted, or null to take the tiered pass.</summary>
    public static string? Decline(long matches, long topTier, bool oneTier, int size)
    {
        if (topTier < size) return $"top tier {topTier} under the page {size}";
        if (oneTier) return matches < (long)OneTierMatchesPerSlot * size ? $"one tier, {matches} matches under {OneTierMatchesPerSlot} a slot" : null;
        return topTier > TopTierShare * matches ? $"top tier {topTier} over {TopTierShare:0.##} of {matches}" : null;
    }
}
