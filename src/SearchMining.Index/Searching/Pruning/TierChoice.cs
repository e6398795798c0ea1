namespace SearchMining.Index.Searching.Pruning;

/// <summary>What a query's shape decides for the tiered pass (<see cref="TierRule.ByShape"/>).</summary>
internal enum TierChoice
{
    /// <summary>Many scored clauses: take the tiers.</summary>
    Take,

    /// <summary>One tier and few scored clauses: score every match the round-11 way.</summary>
    Decline,

    /// <summary>Several tiers, few scored clauses: count the top tier, then decide (<see cref="TierRule.Decline"/>).</summary>
    Count,
}
