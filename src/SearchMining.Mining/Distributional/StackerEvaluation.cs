using SearchMining.Mining.Evaluation;

namespace SearchMining.Mining.Distributional;

/// <summary>
/// What the card says of the committed supervision stacker: its table and fit, and the nested dev reading of the first
/// fold partition on the held-out statements without close text in another agency (round 8's proxy view), with and
/// without it, the difference bootstrapped over agencies.
/// </summary>
public sealed record StackerEvaluation(
    int Rows,
    int Sentences,
    string Fingerprint,
    SupervisionStacker Stacker,
    IReadOnlyList<(string Bigram, double Similarity)> SupervisionNeighbours,
    ClassificationMetrics Reference,
    ClassificationMetrics Stacked,
    BootstrapDifference Lead);
