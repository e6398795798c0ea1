namespace SearchMining.Corpus.Views;

/// <summary>
/// A value built once per index version: a warm read returns the kept value; a cold read builds it under a lock shared by
/// the caller's values (one whole-corpus pass at a time: concurrent cold calls wait for it instead of each walking the
/// corpus) and keeps it until the version changes.
/// </summary>
internal sealed class VersionedValue<T>
{
    private readonly Lock _gate = new();
    private (string Key, T Value)? _kept;

    public T Get(string key, Lock building, Func<T> build)
    {
        if (TryRead(key, out var warm)) return warm;
        lock (building)
        {
            if (TryRead(key, out var built)) return built;
            var value = build();
            lock (_gate) _kept = (key, value);
            return value;
        }
    }

    private bool TryRead(string key, out T value)
    {
        lock (_gate)
        {
            if (_kept is { } kept && kept.Key == key)
            {
                value = kept.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }
}
