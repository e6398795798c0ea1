using SearchMining.Api.Configuration;
using SearchMining.Core.Classification;

namespace SearchMining.Api.Ingestion;

/// <summary>The theme classifier loaded from the configured model file, or the reason there is none.</summary>
public sealed class ClassifierProvider(ServicePaths paths, ILogger<ClassifierProvider> logger)
{
    public IStatementClassifier? Classifier => null;

    public ModelStatus Status => new(paths.ModelPath, Loaded: false, Version: null, Error: File.Exists(paths.ModelPath) ? "classifier not wired yet" : "model file missing", Metrics: null);

    internal ILogger Logger => logger;
}
