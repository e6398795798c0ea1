namespace SearchMining.Mining.Model;

/// <summary>A loaded model or the typed reason it could not be loaded. Never an exception.</summary>
public sealed record ModelLoadResult
{
    public ThemeModel? Model { get; private init; }
    public ModelLoadError? Error { get; private init; }

    public bool Succeeded => Model is not null;

    public static ModelLoadResult Success(ThemeModel model) => new() { Model = model };
    public static ModelLoadResult Failure(ModelLoadErrorKind kind, string message) => new() { Error = new ModelLoadError(kind, message) };
}
