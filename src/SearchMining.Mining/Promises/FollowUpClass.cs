namespace SearchMining.Mining.Promises;

/// <summary>What became of a commitment the next year.</summary>
public enum FollowUpClass
{
    /// <summary>A rectification statement of the next year addresses it.</summary>
    FollowedUp,
    /// <summary>A problem statement of the next year names the same weakness again.</summary>
    Repeated,
    /// <summary>Nothing of the next year's rectifications or problems links to it.</summary>
    NoTrace,
}
