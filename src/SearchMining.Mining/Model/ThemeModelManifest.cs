using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Model;

/// <summary>What the model zip says about itself: trainer, thresholds, data version and its held-out test figures.</summary>
public sealed record ThemeModelManifest
{
    /// <summary>2: statements folded to Simplified before featurizing, trained on the corpus labels of issue 14.</summary>
    public const int CurrentFormat = 2;

    public int FormatVersion { get; init; } = CurrentFormat;
    public required ThemeTrainer Trainer { get; init; }
    /// <summary>Some theme scores are pooled over the statement's clauses (<see cref="Themes.StatementScorer"/>): those of <see cref="PooledThemes"/>.</summary>
    public bool ClausePooling => PooledThemes.Count > 0;
    /// <summary>The themes whose score is the highest of the whole statement's and its clauses'.</summary>
    public IReadOnlyList<string> PooledThemes { get; init; } = [];
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlySet<string> PooledThemeSet => PooledThemes.ToHashSet();
    /// <summary>Classifiers per theme whose probabilities are averaged (<see cref="Training.ThemePipeline"/>); 1 in older models.</summary>
    public int EnsembleSize { get; init; } = 1;
    public required int Seed { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    public required IReadOnlyList<string> Kinds { get; init; }
    /// <summary>Themes the THEMES.md keyword rule may add (<see cref="Themes.KeywordVote"/>), chosen on the out-of-fold dev scores; empty in older models.</summary>
    public IReadOnlyList<string> KeywordThemes { get; init; } = [];
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
    /// <summary>The features (<see cref="Training.FeatureOptions"/>) and training sources, in words.</summary>
    public string Features { get; init; } = "";
    public string Sources { get; init; } = "";
    /// <summary>How the real training statements were weighted (<see cref="Training.SampleWeighting"/>).</summary>
    public string Weighting { get; init; } = nameof(Training.SampleWeighting.None);
    /// <summary>The linear SVM's L2 regularisation (LinearSvm models).</summary>
    public float SvmLambda { get; init; }
    /// <summary>The L-BFGS logistic regression's L2 regularisation (LbfgsLogistic models).</summary>
    public float LogisticL2 { get; init; }
    /// <summary>Learner of the kind classifier (null in models written before round 6: the same as <see cref="Trainer"/>).</summary>
    public ThemeTrainer? KindTrainer { get; init; }
    /// <summary>SHA-256 (first 16 hex digits) of the corpus labels file.</summary>
    public string CorpusDataVersion { get; init; } = "";
    /// <summary>Agencies of the frozen test split (data/corpus/SPLIT.md): none of their statements was trained on.</summary>
    public IReadOnlyList<string> TestAgencies { get; init; } = [];
    /// <summary>The model on the whole test split, when `train --score-test` scored it (the card's test figures).</summary>
    public ClassificationMetrics? TestMetrics { get; init; }
    /// <summary>
    /// Round 10: the supervision decision over the learnt wording (<see cref="Distributional.SupervisionStacker"/>), fitted on
    /// the out-of-fold dev scores; null in older models (the shared threshold alone decides supervision).
    /// </summary>
    public Distributional.SupervisionStacker? SupervisionStacker { get; init; }
    /// <summary><see cref="Distributional.BigramTable.Fingerprint"/> of the zip's bigram table; empty when the model has none.</summary>
    public string BigramTable { get; init; } = "";
    /// <summary>Agency-grouped cross-validation on dev (thresholds chosen without the held-out fold).</summary>
    public ClassificationMetrics? ValidationMetrics { get; init; }
}
