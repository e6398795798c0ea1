using SearchMining.Core.Normalization;

namespace SearchMining.Mining.Themes;

/// <summary>
/// The THEMES.md keyword rule's vote (round 4): for the themes chosen on the out-of-fold dev scores
/// (<see cref="Model.ThemeModelManifest.KeywordThemes"/>), a statement that names one of the theme's THEMES.md keywords
/// gets the theme even when the model's score is under its threshold; <c>other</c> then goes, since the statement has a
/// listed theme. The keywords are <see cref="ThemesDocLexicon"/>'s, read on the text folded to Simplified.
/// </summary>
public static class KeywordVote
{
    /// <summary>The themes (never <c>other</c>) whose THEMES.md keywords occur in the statement.</summary>
    public static IReadOnlySet<string> Mentioned(string text)
    {
        var folded = ChineseCharacterFold.Fold(text ?? "");
        return ThemeIds.All.Where(t => t != ThemeIds.Other && ThemesDocLexicon.Instance.Mentions(folded, t)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The model's themes with the voting themes the keywords name added (theme order of <see cref="ThemeIds.All"/>).</summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> themes, IReadOnlySet<string> mentioned, IReadOnlySet<string> voting)
    {
        var added = voting.Where(t => t != ThemeIds.Other && mentioned.Contains(t) && !themes.Contains(t)).ToHashSet(StringComparer.Ordinal);
        if (added.Count == 0) return themes;
        return ThemeIds.All.Where(t => t != ThemeIds.Other && (added.Contains(t) || themes.Contains(t))).ToList();
    }
}
