namespace SearchMining.Mining.Training;

/// <summary>The learner family used for the theme (binary, one per theme) and kind (multiclass) classifiers.</summary>
public enum ThemeTrainer
{
    /// <summary>SDCA logistic regression per theme, SDCA maximum entropy for the kind.</summary>
    SdcaLogistic,
    /// <summary>Averaged perceptron + Platt calibration per theme, one-versus-all averaged perceptron for the kind.</summary>
    AveragedPerceptron,
    /// <summary>LightGBM gradient-boosted trees (binary per theme, multiclass for the kind).</summary>
    LightGbm,
    /// <summary>Linear SVM (Pegasos) + Platt calibration per theme, one-versus-all linear SVM for the kind.</summary>
    LinearSvm,
    /// <summary>L-BFGS logistic regression per theme, L-BFGS maximum entropy for the kind.</summary>
    LbfgsLogistic,
    /// <summary>FastTree gradient-boosted trees (binary per theme, one-versus-all for the kind).</summary>
    FastTree,
}
