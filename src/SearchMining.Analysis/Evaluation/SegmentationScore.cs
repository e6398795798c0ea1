namespace SearchMining.Analysis.Evaluation;

/// <summary>
/// Word segmentation scores over character spans (SIGHAN bakeoff style). <see cref="OovRecall"/> is the recall on gold
/// words missing from the training word list (NaN when no list was given).
/// </summary>
public sealed record SegmentationScore(
    int Lines,
    int GoldWords,
    int PredictedWords,
    int CorrectWords,
    int OovWords,
    int CorrectOovWords,
    int MisalignedLines)
{
    public double Precision => PredictedWords == 0 ? 0 : (double)CorrectWords / PredictedWords;

    public double Recall => GoldWords == 0 ? 0 : (double)CorrectWords / GoldWords;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double OovRecall => OovWords == 0 ? double.NaN : (double)CorrectOovWords / OovWords;

    public double OovRate => GoldWords == 0 ? 0 : (double)OovWords / GoldWords;
}
