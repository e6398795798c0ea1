using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Distributional;

/// <summary>
/// Each theme's seed bigrams: the bigrams of its THEMES.md cue words (<see cref="ThemeVocabulary"/>), supervision also
/// those of the <see cref="DescriptorCues.SupervisionWords"/> — no other word list. <c>other</c> has none.
/// </summary>
public static class DistributionalSeeds
{
    /// <summary>Seed bigrams per theme, in <see cref="ThemeIds.All"/> order.</summary>
    public static IReadOnlyList<IReadOnlySet<string>> Bigrams { get; } = ThemeIds.All.Select(Of).ToList();

    private static IReadOnlySet<string> Of(string theme)
    {
        var words = ThemeVocabulary.Theme(theme).CueWords.AsEnumerable();
        if (theme == ThemeIds.Supervision) words = words.Concat(DescriptorCues.SupervisionWords);
        return words.SelectMany(CjkBigrams.Of).ToHashSet(StringComparer.Ordinal);
    }
}
