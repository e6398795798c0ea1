using SearchMining.Mining.Model;

namespace SearchMining.Mining.Themes;

/// <summary>A ready classifier, or the typed reason there is none (then ingest and search go on without themes).</summary>
public sealed record ThemeClassifierLoad(ThemeClassifier? Classifier, ModelLoadError? Error)
{
    public bool Succeeded => Classifier is not null;
}
