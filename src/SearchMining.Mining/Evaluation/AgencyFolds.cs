using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// Cross-validation folds that hold whole agencies, stratified by archive: agencies are shuffled by the seed; first the
/// agencies outside Pingtan each go to the fold with the fewest of their statements so far, then the Pingtan agencies
/// each go to the fold with the fewest statements overall (ties: the lower fold). So every fold holds agencies of other
/// archives (their held-out scores are reported apart), folds are of similar size, and a seed gives one partition.
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
        var otherSizes = new int[count];
        foreach (var (agency, statements, _) in order.Where(a => !AgencyArchive.IsPingtan(a.Agency)))
        {
            var target = Smallest(otherSizes, sizes);
            sets[target].Add(agency);
            sizes[target] += statements;
            otherSizes[target] += statements;
        }
        foreach (var (agency, statements, _) in order.Where(a => AgencyArchive.IsPingtan(a.Agency)))
        {
            var target = Smallest(sizes, sizes);
            sets[target].Add(agency);
            sizes[target] += statements;
        }
        return sets;
    }

    /// <summary>
    /// The honest proxy's folds (round 4): only the agencies outside Pingtan, each to the fold with the fewest statements
    /// so far (shuffled by the seed). The Pingtan agencies are in no fold, so they are always in training — as they are
    /// for the committed model meeting a new agency.
    /// </summary>
    public static IReadOnlyList<IReadOnlySet<string>> AssignOutside(IReadOnlyList<(string Agency, int Statements)> agencies, int folds, int seed) =>
        Assign(agencies.Where(a => !AgencyArchive.IsPingtan(a.Agency)).ToList(), folds, seed);

    /// <summary>The fold with the smallest <paramref name="first"/>, then the smallest <paramref name="second"/>, then the lowest index.</summary>
    private static int Smallest(int[] first, int[] second)
    {
        var best = 0;
        for (var i = 1; i < first.Length; i++)
            if (first[i] < first[best] || (first[i] == first[best] && second[i] < second[best])) best = i;
        return best;
    }
}
