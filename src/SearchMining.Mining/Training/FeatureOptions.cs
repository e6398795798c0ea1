namespace SearchMining.Mining.Training;

/// <summary>
/// The model's features: word n-grams over the segmenter's words (1…<see cref="WordNgramLength"/>), character n-grams
/// over the text (1…<see cref="CharNgramLength"/>), and whether the THEMES.md cue-word flags are added; with
/// <see cref="MinAgencies"/> &gt; 0 only the n-grams that occur in the training statements of at least that many agencies
/// (the synthetic statements counting as one) are features (<see cref="Features.GramVocabulary"/>); <see cref="DescriptorCues"/>
/// adds the round-7 flags (<see cref="Themes.DescriptorCues"/>).
/// </summary>
public sealed record FeatureOptions(int WordNgramLength = 2, int CharNgramLength = 3, bool CueFlags = true, int MinAgencies = 0, bool DescriptorCues = true)
{
    public static FeatureOptions Default { get; } = new();

    public override string ToString() => $"words 1–{WordNgramLength}, chars 1–{CharNgramLength}{(MinAgencies > 0 ? $" (each in ≥ {MinAgencies} agencies)" : "")}{(CueFlags ? ", cue flags" : "")}{(DescriptorCues ? ", descriptor cues" : "")}";
}
