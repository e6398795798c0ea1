using System.Globalization;
using Microsoft.Extensions.Logging;
using SearchMining.Analysis.Jieba;
using SearchMining.Core.Classification;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;

namespace SearchMining.Corpus.Ingestion;

/// <summary>
/// The theme classifier loaded (once, on first use) from the configured model file. A missing, corrupt or incompatible
/// model is logged and reported in <see cref="Status"/>; ingestion then goes on without themes.
/// </summary>
public sealed class ClassifierProvider : IDisposable
{
    private readonly Lazy<Loaded> _loaded;

    /// <param name="modelPath">The model file; null when themes are turned off.</param>
    /// <param name="segmenter">The corpus's one segmenter (shared with the index analyzers): the model's features are jieba words.</param>
    public ClassifierProvider(string? modelPath, JiebaSegmenter segmenter, ILogger logger)
    {
        _loaded = new Lazy<Loaded>(() =>
        {
            if (modelPath is null) return new Loaded(null, null, new ModelStatus("", false, null, "themes turned off", null), null);
            var result = ThemeClassifierLoader.Load(modelPath, segmenter);
            if (result.Classifier is not { } classifier)
            {
                var error = result.Error!;
                logger.LogWarning("Theme model not loaded from {ModelPath}: {Kind} {Message}; reports are indexed without themes",
                    modelPath, error.Kind, error.Message);
                return new Loaded(null, null, new ModelStatus(modelPath, false, null, $"{error.Kind}: {error.Message}", null), error);
            }
            var model = classifier.Model;
            var manifest = model.Manifest;
            var version = string.Create(CultureInfo.InvariantCulture,
                $"{manifest.Trainer}{(manifest.ClausePooling ? $" + clause pooling ({manifest.PooledThemes.Count} themes)" : "")} · data {manifest.DataVersion}/{manifest.CorpusDataVersion} · trained {manifest.TrainedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}");
            var metrics = manifest.TestMetrics is { } m
                ? new Dictionary<string, double> { ["testStatements"] = m.Statements, ["testMacroF1"] = m.MacroF1, ["testKindAccuracy"] = m.KindAccuracy }
                : null;
            logger.LogInformation("Theme model loaded from {ModelPath}: {Version}", modelPath, version);
            return new Loaded(model, classifier, new ModelStatus(modelPath, true, version, null, metrics), null);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IStatementClassifier? Classifier => _loaded.Value.Classifier;

    public ModelStatus Status => _loaded.Value.Status;

    /// <summary>Whether the model has been loaded (or found missing or corrupt) — the service does it at start, in the background.</summary>
    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>Why the model did not load (null when it loaded or themes are turned off).</summary>
    public ModelLoadError? LoadError => _loaded.Value.Error;

    public void Dispose()
    {
        if (_loaded.IsValueCreated) _loaded.Value.Model?.Dispose();
    }

    private sealed record Loaded(ThemeModel? Model, IStatementClassifier? Classifier, ModelStatus Status, ModelLoadError? Error);
}
