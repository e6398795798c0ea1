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
        var rowList = WeightedRows(training);
        var data = ml.Data.LoadFromEnumerable(rowList);
        var pipeline = new ThemePipeline(ml, options.Trainer, options.Seed, options.PerceptronEnsemble, options.Features, options.SvmLambda, options.LogisticL2, options.KindTrainer);
        var transformer = pipeline.Fit(data, RareThemeData(ml, training, rowList));
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
            CueWords = StatementRowFactory.CueFingerprint(),
            Features = options.Features.ToString(),
            Sources = options.Sources.ToString(),
            Weighting = options.Weighting.ToString(),
            SvmLambda = options.SvmLambda,
            LogisticL2 = options.LogisticL2,
            KindTrainer = options.KindTrainer ?? options.Trainer,
            ValidationMetrics = validation,
        };
        return new ThemeModel(ml, transformer, manifest);
    }

    /// <summary>
    /// Training rows; with a <see cref="SampleWeighting"/> each statement is repeated round(copies per unit × its weight)
    /// times, at least once (ML.NET's linear SVM ignores an example-weight column, so weights become copies).
    /// </summary>
    private List<StatementRow> WeightedRows(IReadOnlyList<LabelledStatement> training)
    {
        var plain = FilteredRows(training);
        if (options.Weighting == SampleWeighting.None) return plain;
        var weights = StatementWeights.Of(training, options.Weighting);
        var perUnit = Math.Min(MaximumCopiesPerUnit, 1 / weights.Min());
        var result = new List<StatementRow>();
        for (var i = 0; i < training.Count; i++)
        {
            var row = plain[i];
            for (var copy = Math.Max(1, (int)Math.Round(weights[i] * perUnit)); copy > 0; copy--) result.Add(row);
        }
        return result;
    }

    /// <summary>The themes with the fewest real training positives (<see cref="TrainingOptions.RareThemeCount"/>; ties in <see cref="ThemeIds.All"/> order).</summary>
    public static IReadOnlyList<string> RareThemes(IReadOnlyList<LabelledStatement> training) =>
        ThemeIds.All.OrderBy(t => training.Count(s => !s.Synthetic && s.Themes.Contains(t))).Take(TrainingOptions.RareThemeCount).ToList();

    /// <summary>With <see cref="TrainingOptions.RarePositiveCopies"/> &gt; 1: per rare theme, the rows with its positives repeated.</summary>
    private Dictionary<string, IDataView>? RareThemeData(MLContext ml, IReadOnlyList<LabelledStatement> training, List<StatementRow> rowList)
    {
        if (options.RarePositiveCopies <= 1) return null;
        var result = new Dictionary<string, IDataView>(StringComparer.Ordinal);
        foreach (var theme in RareThemes(training))
        {
            var positives = rowList.Where(r => IsPositive(r, theme)).ToList();
            var weighted = new List<StatementRow>(rowList);
            for (var copy = 1; copy < options.RarePositiveCopies; copy++) weighted.AddRange(positives);
            result[theme] = ml.Data.LoadFromEnumerable(weighted);
        }
        return result;
    }

    private static bool IsPositive(StatementRow row, string theme) => theme switch
    {
        ThemeIds.Training => row.Training,
        ThemeIds.Channels => row.Channels,
        ThemeIds.Coverage => row.Coverage,
        ThemeIds.Interpretation => row.Interpretation,
        ThemeIds.Timeliness => row.Timeliness,
        ThemeIds.Standardization => row.Standardization,
        ThemeIds.Awareness => row.Awareness,
        ThemeIds.Interaction => row.Interaction,
        ThemeIds.Supervision => row.Supervision,
        _ => row.Other,
    };

    /// <summary>Training rows; with <see cref="FeatureOptions.MinAgencies"/> their grams cut to those of enough agencies (<see cref="GramVocabulary"/>).</summary>
    private List<StatementRow> FilteredRows(IReadOnlyList<LabelledStatement> training)
    {
        var result = training.Select(rows.ForTraining).ToList();
        var features = options.Features;
        if (features.MinAgencies <= 0) return result;
        var units = training.Select(GramVocabulary.UnitOf).ToList();
        var chars = GramVocabulary.Build(result.Select((r, i) => (units[i], r.CharGrams)), features.MinAgencies);
        var words = GramVocabulary.Build(result.Select((r, i) => (units[i], r.WordGrams)), features.MinAgencies);
        foreach (var row in result)
        {
            row.CharGrams = GramVocabulary.Keep(row.CharGrams, chars, features.CharNgramLength, words: false);
            row.WordGrams = GramVocabulary.Keep(row.WordGrams, words, features.WordNgramLength, words: true);
        }
        return result;
    }

    /// <summary>
    /// Copies of a statement of weight 1: 1 / the smallest weight, at most this (so the lightest statement keeps about one
    /// copy, and the data grows at most this much over the weights).
    /// </summary>
    public const float MaximumCopiesPerUnit = 2;
}
