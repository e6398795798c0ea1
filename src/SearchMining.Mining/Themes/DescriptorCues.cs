namespace SearchMining.Mining.Themes;

/// <summary>
/// Round 7 (docs/CLASSIFIER.md): two more cue flags, written from THEMES.md only, for the two themes new agencies'
/// statements are under-called on. Supervision: Chinese words for the duties the theme table's English "covers" column
/// names (supervision, assessment, accountability, complaints) that its seed list (<see cref="ThemeVocabulary"/>:
/// 监督, 考核, 问责, 投诉) does not already hold. Other ("anything that fits none of the above"): set when none of the
/// THEMES.md keywords of the nine named themes occurs. Used when <see cref="Training.FeatureOptions.DescriptorCues"/> (the round-7 recipe).
/// </summary>
public static class DescriptorCues
{
    /// <summary>Length of <see cref="Flags"/>: supervision descriptors, then "no named theme's keyword".</summary>
    public const int Count = 2;

    /// <summary>Inspection (督查, 督导), appraisal (评议, 考评), accountability (追究, 奖惩).</summary>
    public static IReadOnlyList<string> SupervisionWords { get; } = ["督查", "督导", "评议", "考评", "追究", "奖惩"];

    /// <summary>A hash of <paramref name="lexiconFingerprint"/> (the THEMES.md cue words) and <see cref="SupervisionWords"/>, stored in the model.</summary>
    public static string Fingerprint(string lexiconFingerprint) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(lexiconFingerprint + "\n" + string.Join(',', SupervisionWords))))[..16];

    public static float[] Flags(string text)
    {
        var lexicon = ThemesDocLexicon.Instance;
        var named = ThemeIds.All.Where(t => t != ThemeIds.Other).Any(t => lexicon.Mentions(text, t));
        return [SupervisionWords.Any(text.Contains) ? 1 : 0, named ? 0 : 1];
    }
}
