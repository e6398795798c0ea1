using SearchMining.Core.Classification;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Baseline;

/// <summary>
/// A keyword baseline learned from the training statements of a fold, the way one would write rules from labelled
/// examples: for each theme, the words (segmenter tokens of two or more characters) that occur in at least
/// <see cref="MinimumCount"/> statements of that theme, kept when their precision for the theme on the training
/// statements reaches a cut-off — the cut-off chosen per theme to maximise the theme's F1 on the same training
/// statements. The result is a <see cref="KeywordThemeClassifier"/> (kind cues of THEMES.md, same <c>other</c> fallback).
/// </summary>
public sealed class MinedKeywordBaseline(StatementRowFactory rows)
{
    public const int MinimumCount = 3;
    private static readonly double[] Cutoffs = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    public RuleBaseline AsBaseline(string name) => new(name, Fit);

    public KeywordThemeClassifier Fit(IReadOnlyList<LabelledStatement> training) =>
        new(ThemesDocLexicon.Instance with { Name = "mined", ThemeKeywords = MineKeywords(training) });

    public IReadOnlyDictionary<string, string[]> MineKeywords(IReadOnlyList<LabelledStatement> training)
    {
        var words = training.Select(s => rows.ForPrediction(s.Text).Words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 2).ToHashSet(StringComparer.Ordinal)).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in words)
            foreach (var w in set) frequency[w] = frequency.GetValueOrDefault(w) + 1;
        var keywords = new Dictionary<string, string[]>();
        foreach (var theme in ThemeIds.All.Where(t => t != ThemeIds.Other))
        {
            var gold = training.Select(s => s.Themes.Contains(theme)).ToList();
            var hits = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < training.Count; i++)
                if (gold[i])
                    foreach (var w in words[i]) hits[w] = hits.GetValueOrDefault(w) + 1;
            var candidates = hits.Where(h => h.Value >= MinimumCount)
                .Select(h => (Word: h.Key, Precision: (double)h.Value / frequency[h.Key]))
                .OrderBy(c => c.Word, StringComparer.Ordinal).ToList();
            string[] best = [];
            var bestF1 = -1.0;
            foreach (var cutoff in Cutoffs)
            {
                var chosen = candidates.Where(c => c.Precision >= cutoff).Select(c => c.Word).ToArray();
                var f1 = F1(chosen, words, gold);
                if (f1 > bestF1 + 1e-9) (best, bestF1) = (chosen, f1);
            }
            keywords[theme] = best;
        }
        return keywords;
    }

    private static double F1(string[] chosen, IReadOnlyList<HashSet<string>> words, IReadOnlyList<bool> gold)
    {
        return ThemeScore.Count(words.Select((w, i) => (gold[i], chosen.Any(w.Contains)))).F1;
    }
}
