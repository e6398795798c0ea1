namespace SearchMining.Corpus.Derived;

/// <summary>
/// Whether the stored view rows match the index (for /healthz): <c>ready</c>; <c>rebuilding</c> (a start found them
/// missing, of another version, or behind the index: rebuilt from the stored reports in the background, views answer
/// with what is there meanwhile); <c>failed</c> (the last update failed: the next start rebuilds).
/// </summary>
public sealed record DerivedState(string State, int Done, int Total, string? Reason)
{
    public const string Ready = "ready";
    public const string Rebuilding = "rebuilding";
    public const string Failed = "failed";
}
