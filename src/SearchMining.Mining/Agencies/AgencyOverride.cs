namespace SearchMining.Mining.Agencies;

/// <summary>
/// A person's decision, persisted: <see cref="Action"/> <c>merge</c> (names <see cref="A"/> and <see cref="B"/> are one
/// agency) or <c>split</c> (names <see cref="A"/> are not the agency of names <see cref="B"/>). Names are normalised keys
/// (<see cref="NormalisedName.Key"/>), which depend only on report text, so decisions survive restarts and rebuilds.
/// </summary>
public sealed record AgencyOverride(string Action, IReadOnlyList<string> A, IReadOnlyList<string> B, DateTimeOffset At, string? Note = null)
{
    public const string Merge = "merge";
    public const string Split = "split";
}
