namespace SearchMining.Mining.Evaluation;

/// <summary>Precision, recall and F1 of one theme; <see cref="Support"/> is the number of gold positives.</summary>
public sealed record ThemeScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
