namespace SearchMining.Api.Contracts;

/// <summary>The section-五 vocabulary (Core's ThemeVocabulary): themes and kinds with labels and cue words.</summary>
/// <param name="ShortcomingWords">Words that make a sentence state a shortcoming (the parser's rule kind).</param>
public sealed record VocabularyResponse(
    IReadOnlyList<VocabularyEntry> Themes,
    IReadOnlyList<VocabularyEntry> Kinds,
    IReadOnlyList<string> ShortcomingWords);

/// <param name="Id">Theme id (training, …) or kind name (problem, rectification, measure).</param>
/// <param name="CueWords">The THEMES.md cue words.</param>
public sealed record VocabularyEntry(string Id, string Label, IReadOnlyList<string> CueWords);
