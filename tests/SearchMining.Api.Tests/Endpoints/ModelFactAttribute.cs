using SearchMining.Tests.Shared;

namespace SearchMining.Api.Tests.Endpoints;

/// <summary>A fact that is skipped while the repository has no trained model (models/theme-classifier.zip).</summary>
public sealed class ModelFactAttribute : FactAttribute
{
    public static string ModelPath => Path.Combine(RepoPaths.Root, "models", "theme-classifier.zip");

    public ModelFactAttribute()
    {
        if (!File.Exists(ModelPath)) Skip = "No trained model at models/theme-classifier.zip yet (the mining branch commits it).";
    }
}
