namespace SearchMining.Mining.Themes;

/// <summary>
/// The cue words of THEMES.md (<see cref="ThemeVocabulary"/>: the "covers" and "seed examples" columns of the theme
/// table and the "typical cues" column of the kind table) as a <see cref="CueLexicon"/>. The model's cue flags use
/// these, so no part of the model was written after reading a report; the THEMES.md keyword baseline classifies with them.
/// </summary>
public static class ThemesDocLexicon
{
    public static CueLexicon Instance { get; } = new(
        "THEMES.md",
        ThemeVocabulary.Themes.Where(t => t.CueWords.Count > 0).ToDictionary(t => t.Id, t => t.CueWords.ToArray()),
        ThemeVocabulary.ProblemCues,
        ThemeVocabulary.RectificationCues,
        ThemeVocabulary.MeasureCues);
}
