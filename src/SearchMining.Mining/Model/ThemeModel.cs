using System.Collections.Concurrent;
using Microsoft.ML;
using SearchMining.Mining.Distributional;
using SearchMining.Mining.Features;

namespace SearchMining.Mining.Model;

/// <summary>
/// A trained pipeline with its manifest. Scoring is thread-safe: ML.NET prediction engines are not, so each call
/// rents one from a pool owned by this instance.
/// </summary>
public sealed class ThemeModel : IDisposable
{
    private readonly MLContext _ml;
    private readonly ConcurrentBag<PredictionEngine<StatementRow, StatementScores>> _engines = [];
    private readonly ConcurrentBag<PredictionEngine<StatementRow, ThemeOnlyScores>> _themeEngines = [];

    public ThemeModel(MLContext ml, ITransformer transformer, ThemeModelManifest manifest, BigramTable? bigrams = null)
    {
        _ml = ml;
        Transformer = transformer;
        Manifest = manifest;
        Bigrams = bigrams;
        _readsGrams = new Lazy<bool>(ProbeReadsGrams);
    }

    private readonly Lazy<bool> _readsGrams;

    /// <summary>
    /// Whether the pipeline reads the rows' ready-made grams (<see cref="StatementRow.CharGrams"/>,
    /// <see cref="StatementRow.WordGrams"/>: a model trained with <see cref="Training.FeatureOptions.MinAgencies"/> &gt; 0).
    /// When not, a row for prediction need not build them (<see cref="StatementRowFactory.ForPrediction(string, bool)"/>):
    /// ML.NET never reads a column its transformers do not take, so the scores are the same.
    /// </summary>
    public bool ReadsGrams => _readsGrams.Value;

    /// <summary>Asks the pipeline for its output schema over the row's columns without the two gram columns: it refuses when a transformer takes one.</summary>
    private bool ProbeReadsGrams()
    {
        var builder = new DataViewSchema.Builder();
        foreach (var column in _ml.Data.LoadFromEnumerable(Array.Empty<StatementRow>()).Schema)
            if (column.Name is not (nameof(StatementRow.CharGrams) or nameof(StatementRow.WordGrams)))
                builder.AddColumn(column.Name, column.Type, column.Annotations);
        try
        {
            Transformer.GetOutputSchema(builder.ToSchema());
            return false;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return true;
        }
    }

    public ITransformer Transformer { get; }
    public ThemeModelManifest Manifest { get; }
    /// <summary>The learnt wording the supervision stacker reads (round 10); null in older models.</summary>
    public BigramTable? Bigrams { get; }

    /// <summary>The same pipeline with another manifest (e.g. once its held-out figures are known).</summary>
    public ThemeModel WithManifest(ThemeModelManifest manifest) => new(_ml, Transformer, manifest, Bigrams);

    /// <summary>The same pipeline with a bigram table and the supervision stacker that reads it (recorded in the manifest).</summary>
    public ThemeModel WithStacker(BigramTable bigrams, SupervisionStacker stacker) =>
        new(_ml, Transformer, Manifest with { SupervisionStacker = stacker, BigramTable = bigrams.Fingerprint }, bigrams);

    public StatementScores Score(StatementRow row)
    {
        if (!_engines.TryTake(out var engine))
            engine = _ml.Model.CreatePredictionEngine<StatementRow, StatementScores>(Transformer);
        try
        {
            return Average(engine.Predict(row));
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary><see cref="Score"/> without the kind scores (left empty): the kind model is not run.</summary>
    public StatementScores ScoreThemes(StatementRow row)
    {
        if (!_themeEngines.TryTake(out var engine))
            engine = _ml.Model.CreatePredictionEngine<StatementRow, ThemeOnlyScores>(Transformer);
        try
        {
            return Average(new StatementScores { KindScores = [], ThemeProbabilities = engine.Predict(row).ThemeProbabilities });
        }
        finally
        {
            _themeEngines.Add(engine);
        }
    }

    /// <summary>Scores many rows in one pass (evaluation).</summary>
    public IReadOnlyList<StatementScores> ScoreAll(IEnumerable<StatementRow> rows)
    {
        var data = _ml.Data.LoadFromEnumerable(rows);
        return _ml.Data.CreateEnumerable<StatementScores>(Transformer.Transform(data), reuseRowObject: false).Select(Average).ToList();
    }

    /// <summary>Averages the probabilities of each theme's ensemble members (stored one after the other) into one per theme.</summary>
    private StatementScores Average(StatementScores raw)
    {
        var size = Math.Max(1, Manifest.EnsembleSize);
        if (size == 1) return raw;
        var themes = new float[raw.ThemeProbabilities.Length / size];
        for (var t = 0; t < themes.Length; t++)
        {
            var sum = 0f;
            for (var m = 0; m < size; m++) sum += raw.ThemeProbabilities[t * size + m];
            themes[t] = sum / size;
        }
        return new StatementScores { KindScores = raw.KindScores, ThemeProbabilities = themes };
    }

    public void Dispose()
    {
        while (_engines.TryTake(out var engine)) engine.Dispose();
        while (_themeEngines.TryTake(out var engine)) engine.Dispose();
    }
}
