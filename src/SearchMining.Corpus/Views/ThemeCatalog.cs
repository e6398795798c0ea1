using SearchMining.Core.Themes;

namespace SearchMining.Corpus.Views;

/// <summary>The theme taxonomy with its Chinese labels, in display order (from <see cref="ThemeVocabulary"/>).</summary>
public static class ThemeCatalog
{
    public static IReadOnlyList<(string Id, string Label)> Themes { get; } = ThemeVocabulary.Themes.Select(t => (t.Id, t.Label)).ToList();

    public static bool IsKnown(string id) => ThemeIds.IsKnown(id);
}
