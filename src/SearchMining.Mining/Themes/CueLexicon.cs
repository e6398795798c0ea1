using System.Security.Cryptography;
using System.Text;

namespace SearchMining.Mining.Themes;

/// <summary>
/// Cue words per theme and per kind: the keyword baselines classify with them, and the model gets the
/// <see cref="ThemesDocLexicon"/> one as a small block of flags next to its n-grams.
/// </summary>
public sealed record CueLexicon(
    string Name,
    IReadOnlyDictionary<string, string[]> ThemeKeywords,
    IReadOnlyList<string> ProblemCues,
    IReadOnlyList<string> RectificationCues,
    IReadOnlyList<string> MeasureCues)
{
    /// <summary>Length of <see cref="Cues"/>: one flag per theme except <c>other</c>, then problem / rectification / measure cues.</summary>
    public const int CueCount = 12;

    public bool Mentions(string text, string theme) =>
        ThemeKeywords.TryGetValue(theme, out var words) && words.Any(text.Contains);

    /// <summary>Cue flags of a text, in the order documented on <see cref="CueCount"/>.</summary>
    public float[] Cues(string text)
    {
        var cues = new float[CueCount];
        var i = 0;
        foreach (var theme in ThemeIds.All.Where(t => t != ThemeIds.Other))
            cues[i++] = Mentions(text, theme) ? 1 : 0;
        cues[i++] = ProblemCues.Any(text.Contains) ? 1 : 0;
        cues[i++] = RectificationCues.Any(text.Contains) ? 1 : 0;
        cues[i] = MeasureCues.Any(text.Contains) ? 1 : 0;
        return cues;
    }

    /// <summary>A hash of every word, stored in the model: features computed with other cue words would not match its weights.</summary>
    public string Fingerprint()
    {
        var all = new StringBuilder();
        foreach (var theme in ThemeIds.All)
            all.Append(theme).Append(':').AppendJoin(',', ThemeKeywords.TryGetValue(theme, out var w) ? w : []).Append('\n');
        all.AppendJoin(',', ProblemCues).Append('\n').AppendJoin(',', RectificationCues).Append('\n').AppendJoin(',', MeasureCues);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..16];
    }
}
