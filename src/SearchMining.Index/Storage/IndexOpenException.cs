namespace SearchMining.Index.Storage;

/// <summary>Thrown by <see cref="ReportIndex.Open"/>; <see cref="ReportIndex.TryOpen"/> returns the same <see cref="Error"/> instead.</summary>
public sealed class IndexOpenException(IndexOpenError error) : Exception(error.Message)
{
    public IndexOpenError Error { get; } = error;
}
