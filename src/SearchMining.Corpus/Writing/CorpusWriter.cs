using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
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

    /// <summary>The corpus views' rows, updated after each commit (<see cref="WriteBatch.CommitAsync"/>).</summary>
    public Derived.DerivedViews? Derived { get; init; }

    /// <summary>Waits for the previous batch, then opens one; refused at once (nothing changed) when the corpus cannot be written.</summary>
    public async Task<WriteBatch> BeginAsync(CancellationToken cancellationToken)
    {
        await EnsureWritableAsync();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteBatch(this);
    }

    internal void Release() => _gate.Release();

    /// <summary>The report with themes on its statements and commitments, or unchanged plus a warning when the classifier fails.</summary>
    public (Report Report, string? Warning) Classify(Report report)
    {
        if (Classifier is not { } classifier) return (report, null);
        try
        {
            return (new ReportThemeTagger(classifier).Apply(report), null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return (report, $"{report.SourceFile}: the classifier failed ({e.GetType().Name}: {e.Message}); indexed without themes.");
        }
    }

    /// <summary>
    /// Classifies the report and prepares its index documents, touching no shared state (thread-safe: bulk ingestion
    /// prepares the next reports in parallel while the batch writes). When preparing fails the report is left to
    /// <see cref="WriteBatch.AddAsync(Report, OriginalFile?, CancellationToken)"/>, which fails inside the batch.
    /// </summary>
    public PreparedIngest Prepare(Report parsed)
    {
        var (classified, warning) = Classify(parsed);
        return Prepare(parsed, classified, warning, null);
    }

    /// <summary>
    /// <see cref="Prepare(Report)"/> of a report classified already, whose check results may be known
    /// (<see cref="Derived.DerivedViews.Precompute"/>): then its documents take their <c>checks</c> facet from those results
    /// instead of running the rules again (only when they ran with the default options, which the facet is defined by).
    /// </summary>
    public PreparedIngest Prepare(Report parsed, Report classified, string? warning, Derived.PackedChecks? checks)
    {
        var failed = checks is not null && Derived?.Options == Core.Checks.CheckOptions.Default
            ? SearchMining.Index.Schema.SectionDocumentBuilder.FailedOwnChecks(checks.Checks.Results)
            : null;
        try
        {
            return new PreparedIngest(parsed, index.Prepare(classified, failed), warning) { Checks = checks };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PreparedIngest(parsed, null, warning) { Checks = checks };
        }
    }

    private async Task EnsureWritableAsync()
    {
        if (health?.WriteProblem is not { } problem) return;
        // A folder made writable again, or disk space freed: take the writer back before refusing.
        if (problem.Code is CorpusProblemCodes.IndexUnwritable && index.IsReadOnly && await index.TryRestoreWriterAsync() && health.WriteProblem is null) return;
        throw new CorpusUnavailableException(problem);
    }
}
