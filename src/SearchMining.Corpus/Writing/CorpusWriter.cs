using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchMining.Core.Classification;
using SearchMining.Corpus.Health;
using SearchMining.Corpus.Storage;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Writing;

/// <summary>
/// The one way to change the corpus: a <see cref="WriteBatch"/> at a time (uploads, deletes and folder batches wait for
/// each other), so each batch commits fully — index and kept originals — or changes nothing.
/// </summary>
internal sealed class CorpusWriter(ReportIndex index, OriginalStore? store, Func<IStatementClassifier?> classifier, CorpusHealth? health, ILogger? logger = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ReportIndex Index => index;

    public OriginalStore? Store => store;

    public CorpusHealth? Health => health;

    public IStatementClassifier? Classifier => classifier();

    public ILogger Logger { get; } = logger ?? NullLogger.Instance;

    /// <summary>Waits for the previous batch, then opens one; refused at once (nothing changed) when the corpus cannot be written.</summary>
    public async Task<WriteBatch> BeginAsync(CancellationToken cancellationToken)
    {
        await EnsureWritableAsync();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteBatch(this);
    }

    internal void Release() => _gate.Release();

    private async Task EnsureWritableAsync()
    {
        if (health?.WriteProblem is not { } problem) return;
        // A folder made writable again, or disk space freed: take the writer back before refusing.
        if (problem.Code is CorpusProblemCodes.IndexUnwritable && index.IsReadOnly && await index.TryRestoreWriterAsync() && health.WriteProblem is null) return;
        throw new CorpusUnavailableException(problem);
    }
}
