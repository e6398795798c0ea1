using Microsoft.ML;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>
/// Fits the theme model of <see cref="TrainingOptions"/> on labelled statements. Deterministic: fixed seed, data in the
/// given order, one MLContext(seed) per fit, single-threaded trainers.
/// </summary>
public sealed class ThemeModelBuilder(StatementRowFactory rows, TrainingOptions options)
{
    /// <summary>Fits the pipeline; <paramref name="thresholds"/> and <paramref name="pooledThemes"/> (chosen elsewhere, on out-of-fold scores) go into the manifest.</summary>
    public ThemeModel Fit(IReadOnlyList<LabelledStatement> training, IReadOnlyDictionary<string, double>? thresholds = null,
        IReadOnlySet<string>? pooledThemes = null, ClassificationMetrics? validation = null)
    {
        var ml = new MLContext(options.Seed);
        var weights = StatementWeights.Of(training, options.Weighting);
        var data = ml.Data.LoadFromEnumerable(training.Select((s, i) =>
        {
            var row = rows.ForTraining(s);
            row.Weight = weights[i];
            return row;
        }).ToList());
        var pipeline = new ThemePipeline(ml, options.Trainer, options.Seed, options.PerceptronEnsemble, options.Features,
            options.SvmLambda, weighted: options.Weighting != SampleWeighting.None);
        var transformer = pipeline.Fit(data);
        var manifest = new ThemeModelManifest
        {
            Trainer = options.Trainer,
            PooledThemes = ThemeIds.All.Where(t => (pooledThemes ?? (options.Pooling == PoolingMode.None ? new HashSet<string>() : StatementScorer.PoolableThemes)).Contains(t)).ToList(),
            EnsembleSize = pipeline.EnsembleSize,
            Seed = options.Seed,
            Themes = ThemeIds.All,
            Kinds = StatementKindNames.All,
            Thresholds = thresholds ?? ThresholdSelector.Defaults(),
            TrainingStatements = training.Count,
            CueWords = StatementRowFactory.CueWords.Fingerprint(),
            Features = options.Features.ToString(),
            Sources = options.Sources.ToString(),
            Weighting = options.Weighting.ToString(),
            SvmLambda = options.SvmLambda,
            ValidationMetrics = validation,
        };
        return new ThemeModel(ml, transformer, manifest);
    }
}
