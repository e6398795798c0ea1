namespace SearchMining.Mining.Model;

/// <summary>Why the theme model could not be loaded; ingestion and search go on without themes.</summary>
public sealed record ModelLoadError(ModelLoadErrorKind Kind, string Message);
