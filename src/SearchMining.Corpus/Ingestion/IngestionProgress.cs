namespace SearchMining.Corpus.Ingestion;

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

    public void Advance(int processed) => Set(s => s with { Processed = processed });

    public void Complete(int indexed, int failed) => Set(s => s with { State = IngestionState.Completed, Indexed = indexed, Failed = failed });

    public void Fail(string error) => Set(s => s with { State = IngestionState.Failed, Error = error });

    private void Set(Func<IngestionStatus, IngestionStatus> change)
    {
        lock (_gate) _status = change(_status);
    }
}
