namespace SearchMining.Mining.Evaluation;

/// <summary>
/// A macro-F1 difference (first − second) with its 95 % report-bootstrap interval and the share of resamples in
/// which the first classifier did not come out ahead.
/// </summary>
public sealed record BootstrapDifference(double Observed, double Low, double High, double ShareNotAhead, int Reports);
