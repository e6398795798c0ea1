namespace SearchMining.Mining.Training;

/// <summary>How theme thresholds are chosen on the validation scores.</summary>
public enum ThresholdMode
{
    /// <summary>
    /// One threshold for every theme, maximising macro-F1. One parameter instead of ten: the validation folds hold
    /// only the real statements of about fifteen reports, with three to five positives for the rarer themes, so
    /// per-theme thresholds fit those few statements rather than the theme.
    /// </summary>
    Shared,
    /// <summary>Each theme's own threshold, maximising that theme's F1.</summary>
    PerTheme,
}
