namespace SearchMining.Core.Evaluation;

/// <summary>
/// The score of one gold field over the audited reports: for a single-valued field, <see cref="Correct"/> of
/// <see cref="Count"/> reports; for a set-valued one (sections, phones, e-mails), true/false positives and false
/// negatives pooled over the reports (micro-averaged), and the reports whose set is exactly right.
/// </summary>
public sealed record FieldScore(string Field, bool IsSet, int Count, int Correct, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Accuracy => Count == 0 ? double.NaN : (double)Correct / Count;
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
