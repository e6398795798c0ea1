using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Text;

namespace SearchMining.Mining.Training;

/// <summary>
/// Example weights of training statements (<see cref="SampleWeighting"/>). Real statements' weights are scaled so they
/// sum to the number of real statements, so agency weighting moves weight between agencies, not between real and
/// synthetic text (only <see cref="SampleWeighting.Synthetic"/> does that).
/// </summary>
public static class StatementWeights
{
    /// <summary>Character-bigram Dice at or above which two statements of one agency count as one repeated statement.</summary>
    public const double NearDuplicateDice = 0.8;
    /// <summary>Weight of a synthetic statement under <see cref="SampleWeighting.Synthetic"/>.</summary>
    public const double SyntheticWeight = 2;
    /// <summary>Weight of a Pingtan statement under <see cref="SampleWeighting.Pingtan"/>.</summary>
    public const double PingtanWeight = 0.5;
    private const double MinimumAgencyFactor = 0.25;
    private const double MaximumAgencyFactor = 4;

    public static float[] Of(IReadOnlyList<LabelledStatement> training, SampleWeighting weighting)
    {
        var weights = Enumerable.Repeat(1.0, training.Count).ToArray();
        if (weighting == SampleWeighting.None) return weights.Select(w => (float)w).ToArray();
        if (weighting.HasFlag(SampleWeighting.Synthetic))
            for (var i = 0; i < training.Count; i++)
                if (training[i].Synthetic) weights[i] = SyntheticWeight;
        var real = Enumerable.Range(0, training.Count).Where(i => !training[i].Synthetic).ToList();
        var byAgency = real.GroupBy(i => ThemeDataset.AgencyOf(training[i]), StringComparer.Ordinal).ToList();
        if (weighting.HasFlag(SampleWeighting.NearDuplicates))
            foreach (var agency in byAgency)
                ShareDuplicates(training, agency.ToList(), weights, NearDuplicateDice);
        if (weighting.HasFlag(SampleWeighting.Templates))
            ShareDuplicates(training, real, weights, CloseText.Dice);
        if (weighting.HasFlag(SampleWeighting.Pingtan))
            foreach (var i in real)
                if (AgencyArchive.IsPingtan(training[i])) weights[i] *= PingtanWeight;
        if (weighting.HasFlag(SampleWeighting.Agency) && byAgency.Count > 0)
        {
            var mass = byAgency.ToDictionary(a => a.Key, a => a.Sum(i => weights[i]), StringComparer.Ordinal);
            var mean = mass.Values.Average();
            foreach (var agency in byAgency)
            {
                var factor = Math.Clamp(Math.Sqrt(mean / mass[agency.Key]), MinimumAgencyFactor, MaximumAgencyFactor);
                foreach (var i in agency) weights[i] *= factor;
            }
        }
        if (weighting.HasFlag(SampleWeighting.AgencyEqual) && byAgency.Count > 0)
        {
            var mass = byAgency.ToDictionary(a => a.Key, a => a.Sum(i => weights[i]), StringComparer.Ordinal);
            var mean = mass.Values.Average();
            foreach (var agency in byAgency)
                foreach (var i in agency) weights[i] *= mean / mass[agency.Key];
        }
        var total = real.Sum(i => weights[i]);
        if (total > 0)
            foreach (var i in real) weights[i] *= real.Count / total;
        return weights.Select(w => (float)w).ToArray();
    }

    /// <summary>Greedy clusters of near-duplicates (each statement joins the first earlier cluster head it is close to); a cluster's statements share weight 1.</summary>
    private static void ShareDuplicates(IReadOnlyList<LabelledStatement> training, IReadOnlyList<int> members, double[] weights, double dice)
    {
        var heads = new List<(HashSet<int> Bigrams, List<int> Members)>();
        foreach (var i in members)
        {
            var bigrams = BigramSimilarity.Bigrams(StatementText.Normalize(training[i].Text));
            var cluster = heads.FirstOrDefault(h => BigramSimilarity.Dice(h.Bigrams, bigrams) >= dice);
            if (cluster.Members is null) heads.Add((bigrams, [i]));
            else cluster.Members.Add(i);
        }
        foreach (var (_, cluster) in heads)
            foreach (var i in cluster) weights[i] /= cluster.Count;
    }
}
