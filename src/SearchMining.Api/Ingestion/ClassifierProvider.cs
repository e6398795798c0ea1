using System.Globalization;
using SearchMining.Api.Configuration;
using SearchMining.Core.Classification;
using SearchMining.Analysis.Jieba;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;

namespace SearchMining.Api.Ingestion;

/// <summary>
/// The theme classifier loaded (once, on first use) from the configured model file. A missing, corrupt or incompatible
/// model is logged and reported in <see cref="Status"/>; ingestion then goes on without themes.
/// </summary>
public sealed class ClassifierProvider : IDisposable
{
    private readonly Lazy<(ThemeModel? Model, IStatementClassifier? Classifier, ModelStatus Status)> _loaded;

    /// <param name="segmenter">The service's one segmenter (shared with the index analyzers): the model's features are jieba words.</param>
    public ClassifierProvider(ServicePaths paths, JiebaSegmenter segmenter, ILogger<ClassifierProvider> logger)
    {
        _loaded = new Lazy<(ThemeModel?, IStatementClassifier?, ModelStatus)>(() =>
        {
            var result = ThemeClassifierLoader.Load(paths.ModelPath, segmenter);
            if (result.Classifier is not { } classifier)
            {
                var error = result.Error!;
                logger.LogWarning("Theme model not loaded from {ModelPath}: {Kind} {Message}; reports are indexed without themes",
                    paths.ModelPath, error.Kind, error.Message);
                return (null, null, new ModelStatus(paths.ModelPath, false, null, $"{error.Kind}: {error.Message}", null));
            }
            var model = classifier.Model;
            var manifest = model.Manifest;
            var version = string.Create(CultureInfo.InvariantCulture,
                $"{new ModelRecipe(manifest.Trainer, manifest.ClausePooling)} · data {manifest.DataVersion} · trained {manifest.TrainedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}");
            var metrics = manifest.HeldOutMetrics is { } m
                ? new Dictionary<string, double> { ["heldOutStatements"] = m.Statements, ["heldOutMacroF1"] = m.MacroF1, ["heldOutKindAccuracy"] = m.KindAccuracy }
                : null;
            logger.LogInformation("Theme model loaded from {ModelPath}: {Version}", paths.ModelPath, version);
            return (model, classifier, new ModelStatus(paths.ModelPath, true, version, null, metrics));
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IStatementClassifier? Classifier => _loaded.Value.Classifier;

    public ModelStatus Status => _loaded.Value.Status;

    public void Dispose()
    {
        if (_loaded.IsValueCreated) _loaded.Value.Model?.Dispose();
    }
}
