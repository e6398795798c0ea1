namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Cross-validation folds that hold whole agencies: agencies are shuffled by the seed, then each in turn goes to the fold
/// with the fewest statements so far (ties: the lower fold) — folds of similar size, a different partition per seed,
/// deterministic for a seed.
/// </summary>
public static class AgencyFolds
{
    public static IReadOnlyList<IReadOnlySet<string>> Assign(IReadOnlyList<(string Agency, int Statements)> agencies, int folds, int seed)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "at least two folds");
        var count = Math.Min(folds, agencies.Count);
        var random = new Random(seed);
        var order = agencies.OrderBy(a => a.Agency, StringComparer.Ordinal).Select(a => (a.Agency, a.Statements, Key: random.Next()))
            .OrderBy(a => a.Key).ToList();
        var sets = Enumerable.Range(0, count).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        var sizes = new int[count];
        foreach (var (agency, statements, _) in order)
        {
            var target = Array.IndexOf(sizes, sizes.Min());
            sets[target].Add(agency);
            sizes[target] += statements;
        }
        return sets;
    }
}
