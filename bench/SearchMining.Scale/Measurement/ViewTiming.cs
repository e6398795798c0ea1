namespace SearchMining.Scale.Measurement;

/// <summary>
/// One corpus-wide view: its first call after start-up (cold, in the order the views are called), the median of the
/// warm calls after it, HTTP status and response size. Status 404 means the endpoint does not exist in this build.
/// </summary>
internal sealed record ViewTiming(string Path, int Status, double ColdMs, double WarmMedianMs, long Bytes);
