namespace SearchMining.Api.Ingestion;

/// <summary>Live progress of the first-start ingestion (one instance per host; thread-safe).</summary>
public sealed class IngestionProgress
{
    private readonly Lock _gate = new();
    private IngestionStatus _status = new(IngestionState.Idle, null, 0, 0, 0, 0, null);

    public IngestionStatus Current
    {
        get { lock (_gate) return _status; }
    }

    public void Start(string corpus, int total) => Set(_ => new IngestionStatus(IngestionState.Running, corpus, total, 0, 0, 0, null));

    public void FileDone(bool indexed) => Set(s => s with { Processed = s.Processed + 1, Indexed = s.Indexed + (indexed ? 1 : 0), Failed = s.Failed + (indexed ? 0 : 1) });

    public void Complete() => Set(s => s with { State = IngestionState.Completed });

    public void Fail(string error) => Set(s => s with { State = IngestionState.Failed, Error = error });

    private void Set(Func<IngestionStatus, IngestionStatus> change)
    {
        lock (_gate) _status = change(_status);
    }
}
