namespace SearchMining.Corpus.Ingestion;

/// <summary>Live progress of the start-up ingestion (one instance per corpus; thread-safe).</summary>
public sealed class IngestionProgress
{
    /// <summary>How many missing report names a status lists.</summary>
    public const int MissingShown = 20;

    private readonly Lock _gate = new();
    private IngestionStatus _status = new(IngestionState.Idle, null, 0, 0, 0, 0, null);
    private IReadOnlyList<string> _names = [];

    public IngestionStatus Current
    {
        get
        {
            lock (_gate)
            {
                return _status.State == IngestionState.Running
                    ? _status with { Missing = _names.Skip(_status.Processed).Take(MissingShown).ToList() }
                    : _status;
            }
        }
    }

    public void Checking(string corpus) => Set(_ => new IngestionStatus(IngestionState.Checking, corpus, 0, 0, 0, 0, null));

    public void Start(string corpus, int total) => Start(corpus, Enumerable.Repeat("", total).ToList(), null);

    /// <param name="names">The missing reports, in the order they will be ingested.</param>
    public void Start(string corpus, IReadOnlyList<string> names, string? reason)
    {
        lock (_gate)
        {
            _names = names;
            _status = new IngestionStatus(IngestionState.Running, corpus, names.Count, 0, 0, 0, null) { Reason = reason };
        }
    }

    /// <summary>Nothing is missing: back to idle (the corpus it was checked against is named).</summary>
    public void NothingMissing(string corpus) => Set(_ => new IngestionStatus(IngestionState.Idle, corpus, 0, 0, 0, 0, null));

    public void Advance(int processed) => Set(s => s with { Processed = processed });

    public void Complete(int indexed, int failed) => Set(s => s with { State = IngestionState.Completed, Indexed = indexed, Failed = failed, Missing = [] });

    public void Fail(string error) => Set(s => s with { State = IngestionState.Failed, Error = error });

    private void Set(Func<IngestionStatus, IngestionStatus> change)
    {
        lock (_gate) _status = change(_status);
    }
}
