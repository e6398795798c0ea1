namespace SearchMining.Mining.Training;

/// <summary>
/// The model's features: word n-grams over the segmenter's words (1…<see cref="WordNgramLength"/>), character n-grams
/// over the text (1…<see cref="CharNgramLength"/>), and whether the THEMES.md cue-word flags are added.
/// </summary>
public sealed record FeatureOptions(int WordNgramLength = 2, int CharNgramLength = 3, bool CueFlags = true)
{
    public static FeatureOptions Default { get; } = new();

    public override string ToString() => $"words 1–{WordNgramLength}, chars 1–{CharNgramLength}{(CueFlags ? ", cue flags" : "")}";
}
