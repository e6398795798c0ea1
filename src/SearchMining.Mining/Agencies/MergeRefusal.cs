namespace SearchMining.Mining.Agencies;

/// <summary>Why two groups of names cannot be one agency.</summary>
public sealed record MergeRefusal(string Reason);
