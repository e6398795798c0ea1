namespace SearchMining.Mining.Promises;

/// <summary>
/// Linker settings, defined once. Score = <see cref="TextWeight"/> × word similarity + (1 − <see cref="TextWeight"/>) ×
/// theme overlap (Jaccard, 其他 left out); a statement links when its score reaches <see cref="LinkThreshold"/>.
/// Candidates below <see cref="ShowThreshold"/> are not shown. The defaults were chosen on the 94 judged candidate
/// pairs of the dev series (data/years/dev-pairs-judged.tsv; docs/MINING.md): 0.8 / 0.25 linked 25 of them, 21 right.
/// </summary>
public sealed record PromiseOptions(double TextWeight = 0.8, double LinkThreshold = 0.25, double ShowThreshold = 0.1)
{
    public static PromiseOptions Default { get; } = new();
}
