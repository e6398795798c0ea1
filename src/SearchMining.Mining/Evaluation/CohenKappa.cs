namespace SearchMining.Mining.Evaluation;

/// <summary>Cohen's κ of two annotators' labels of the same items: (observed − chance agreement) / (1 − chance agreement).</summary>
public static class CohenKappa
{
    /// <returns>κ, or 1 when both annotators gave every item the same single label (chance agreement 1, observed 1).</returns>
    public static double Of<T>(IReadOnlyList<(T First, T Second)> pairs) where T : notnull
    {
        if (pairs.Count == 0) return double.NaN;
        var n = (double)pairs.Count;
        var observed = pairs.Count(p => EqualityComparer<T>.Default.Equals(p.First, p.Second)) / n;
        var first = pairs.GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.Count() / n);
        var second = pairs.GroupBy(p => p.Second).ToDictionary(g => g.Key, g => g.Count() / n);
        var chance = first.Sum(f => f.Value * second.GetValueOrDefault(f.Key));
        return chance >= 1 ? (observed >= 1 ? 1 : 0) : (observed - chance) / (1 - chance);
    }
}
