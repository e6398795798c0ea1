namespace SearchMining.Mining.Evaluation;

/// <summary>Precision, recall and F1 of one theme; <see cref="Support"/> is the number of gold positives.</summary>
public sealed record ThemeScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Counts true/false positives and false negatives over (gold, predicted) pairs of one theme.</summary>
    public static ThemeScore Count(IEnumerable<(bool Gold, bool Predicted)> pairs)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (gold, predicted) in pairs)
        {
            if (gold && predicted) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
        }
        return new ThemeScore(tp, fp, fn);
    }

    public int Support => TruePositives + FalseNegatives;
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
