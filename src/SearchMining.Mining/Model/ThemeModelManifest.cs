using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Model;

/// <summary>What the model zip says about itself: trainer, thresholds, data version and its held-out test figures.</summary>
public sealed record ThemeModelManifest
{
    public const int CurrentFormat = 1;

    public int FormatVersion { get; init; } = CurrentFormat;
    public required ThemeTrainer Trainer { get; init; }
    /// <summary>Theme scores pooled over the statement's clauses (<see cref="Themes.StatementScorer"/>); false in older models.</summary>
    public bool ClausePooling { get; init; }
    /// <summary>Classifiers per theme whose probabilities are averaged (<see cref="Training.ThemePipeline"/>); 1 in older models.</summary>
    public int EnsembleSize { get; init; } = 1;
    public required int Seed { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    public required IReadOnlyList<string> Kinds { get; init; }
    /// <summary>Per-theme probability threshold, chosen on validation folds (never on test).</summary>
    public required IReadOnlyDictionary<string, double> Thresholds { get; init; }
    /// <summary>SHA-256 (first 16 hex digits) of the labels file the model was trained from.</summary>
    public string DataVersion { get; init; } = "";
    public int TrainingStatements { get; init; }
    /// <summary><see cref="CueLexicon.Fingerprint"/> of the cue words the model's features were computed with.</summary>
    public string CueWords { get; init; } = "";
    /// <summary><see cref="Features.TokenizationFingerprint"/> of the labelled statements when the model was trained.</summary>
    public string TokenizationFingerprint { get; init; } = "";
    public DateOnly? TrainedOn { get; init; }
    /// <summary>Real reports kept out of training; the card's test-split figures are computed on them.</summary>
    public IReadOnlyList<string> HeldOutSources { get; init; } = [];
    public ClassificationMetrics? HeldOutMetrics { get; init; }
    public ClassificationMetrics? ValidationMetrics { get; init; }
}
