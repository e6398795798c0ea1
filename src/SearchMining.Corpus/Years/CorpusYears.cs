using SearchMining.Core.Domain;
using SearchMining.Corpus.Derived;
using SearchMining.Corpus.Views;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Promises;
using SearchMining.Mining.Recurrence;
using SearchMining.Mining.Timelines;
using SearchMining.Mining.YearOverYear;

namespace SearchMining.Corpus.Years;

/// <summary>
/// The across-the-years view of the corpus (agencies, timelines, comparison, recurrence, promises): a
/// <see cref="YearsCorpus"/> over each report's identity and problem digest (<see cref="CorpusReports.ForYears"/>: the
/// derived store's <c>view_years</c> rows when they match the index, else the view doc values, else the digests of an
/// index written before them), rebuilt when the index or a person's agency decisions change. No statement is kept:
/// statements are read by id when asked (a timeline's reports, a recurring-themes page), the word weights from a sample of
/// at most <see cref="WordWeightReports"/> reports. Whole reports are loaded from the index by id only for what needs their
/// text (an agency's timeline, a comparison, the template phrases learned from at most <see cref="TemplateAgencies"/>
/// agencies) and are not kept.
/// The decisions live in <see cref="OverridesPath"/> — inside the index folder but outside Lucene's files, like the
/// originals store, so a rebuild of the index keeps them.
/// </summary>
public sealed class CorpusYears(ReportCorpus corpus)
{
    public const string OverridesFolder = "agencies";
    public const string OverridesFileName = "agency-overrides.json";

    /// <summary>The template phrases (the reuse measure leaves them out) are learned from at most this many agencies.</summary>
    public const int TemplateAgencies = 100;

    private readonly Lock _gate = new();
    private Built? _cached;
    private long _lastWrite;
    private int _refreshing;

    /// <summary>A view built for one index version and overrides file, and where (and under which version) its parts are kept.</summary>
    private sealed record Built(string Key, YearsCorpus Years, DerivedStore? Store, string? KeptVersion, KeptParts? Kept);

    /// <summary>The parts kept for a view's version: the directory (read at once), the others read when first needed (null: none kept, or unreadable).</summary>
    private sealed record KeptParts(AgencyDirectory? Directory, Lazy<TemplatePhrases?> Template, Lazy<WordWeights?> Weights, Lazy<RecurrenceSummary?> Recurrence)
    {
        public YearsKept ForView => new(Directory, () => Template.Value, () => Weights.Value, () => Recurrence.Value);
    }

    /// <summary>Where a person's merges and splits are kept for the index at <paramref name="indexPath"/>.</summary>
    public static string OverridesPath(string indexPath) => Path.Combine(indexPath, OverridesFolder, OverridesFileName);

    public AgencyOverrideStore Overrides { get; } = new(OverridesPath(corpus.Options.IndexPath));

    /// <summary>
    /// The view of the corpus as it is now, built on first use after a change: from the parts kept in the derived store
    /// for exactly this index version, overrides file and program (<see cref="KeptYears"/>: the resolved directory, template
    /// phrases, word weights, recurrence summary) when they are there, else from the reports' rows (resolution), and what is
    /// missing computed when first asked for (and, with <see cref="LearnInBackground"/>, in the background at once, then kept).
    /// </summary>
    public YearsCorpus Current(CancellationToken cancellationToken = default) => Build(cancellationToken).Years;

    private Built Build(CancellationToken cancellationToken)
    {
        EnsureSubscribed();
        var version = corpus.Reports.Version;
        var key = version + "|" + OverridesVersion();
        lock (_gate)
        {
            if (_cached is { } cached && cached.Key == key) return cached;
            var overrides = Overrides.Load();
            var store = KeepParts ? corpus.Reports.TablesAt(version) : null;
            var keptVersion = store is null ? null : KeptVersion(version);
            var (kept, restored) = store is null ? (null, null) : Read(store, keptVersion!, cancellationToken);
            var years = new YearsCorpus(restored ?? Source(cancellationToken), overrides, templateAgencies: TemplateAgencies, wordWeightReports: WordWeightReports, kept: kept?.ForView);
            var built = new Built(key, years, store, keptVersion, kept);
            _cached = built;
            if (LearnInBackground) _ = Task.Run(() => Learn(built, rethrow: false), CancellationToken.None); // not the request's: the view outlives it
            return built;
        }
    }

    /// <summary>
    /// Which parts the current view takes from the derived store (tests, the bench: reading the answer reads the lazily read
    /// parts): directory, template phrases, word weights, recurrence summary; null when the store is not used for this view.
    /// </summary>
    internal (bool Directory, bool Template, bool Weights, bool Recurrence)? KeptOfCurrent
    {
        get
        {
            Built? built;
            lock (_gate) built = _cached;
            return built?.Kept is { } kept
                ? (kept.Directory is not null, kept.Template.Value is not null, kept.Weights.Value is not null, kept.Recurrence.Value is not null)
                : null;
        }
    }

    /// <summary>
    /// Whether a newly built view learns its template phrases, word weights and recurrence summary in the background at
    /// once (what a first timeline, comparison or recurring-themes page needs: ~1–3 s of CPU above
    /// <see cref="TemplateAgencies"/> agencies), keeps them and its directory in the derived store, and whether a write
    /// batch builds the next view in the background (<see cref="RefreshDelay"/> after the last batch) — so that a view asked
    /// for after a write or a restart finds them; one asked for sooner waits for the same work.
    /// </summary>
    public bool LearnInBackground { get; init; } = true;

    /// <summary>Whether the view's computed parts are read from and kept in the derived store when its tables match the index (the default).</summary>
    public bool KeepParts { get; init; } = true;

    /// <summary>
    /// The computation version the kept parts are read and kept under (<see cref="KeptYears.ComputationVersion"/>; a test
    /// sets another to see that parts of another computation are not read).
    /// </summary>
    internal int ComputationVersion { get; init; } = KeptYears.ComputationVersion;

    /// <summary>How long after the last write batch the next view is built in the background (batches in a row build it once).</summary>
    public TimeSpan RefreshDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The version the parts of the view of index version <paramref name="version"/> are kept under: the index, the overrides' content, the computation.</summary>
    private string KeptVersion(string version) => $"{version}|{OverridesHash()}|v{ComputationVersion}";

    /// <summary>
    /// Makes the years view of the corpus as it is now kept in the derived store, unless every part already is (one look-up):
    /// resolves the directory, learns the recurrence summary, template phrases and word weights and keeps them — what the
    /// first <c>/api/agencies</c> or timeline after a bulk ingest computed until round 12. Called at the end of an ingest
    /// (the CLI's <c>index</c>) and by the service at start (an index written by an older program, or whose parts were
    /// never kept); the service's uploads are followed by <see cref="FollowWrites"/>. Waits for the derived store's
    /// background work first (the parts are kept only when the view tables match the index). Returns whether it computed.
    /// </summary>
    public bool KeepIfMissing(CancellationToken cancellationToken = default)
    {
        if (!KeepParts) return false;
        corpus.Derived.WhenReady.GetAwaiter().GetResult();
        var version = corpus.Reports.Version;
        if (corpus.Reports.TablesAt(version) is not { } store) return false; // the tables do not match (an index without them): nothing would be kept
        var kept = store.PartsKept(KeptVersion(version));
        if (KeptYears.Parts.All(kept.Contains)) return false;
        LearnAndKeep(cancellationToken);
        return true;
    }

    /// <summary>
    /// Follows the corpus's writes from now on (the service calls it at start): after write batches — an upload, the
    /// start-up ingestion — the next view is built and kept in the background once <see cref="RefreshDelay"/> has passed,
    /// before any years request (until round 12 only after the first one). Nothing without <see cref="LearnInBackground"/>.
    /// </summary>
    public void FollowWrites() => EnsureSubscribed();

    /// <summary>
    /// Learns what the current view has not (template phrases, word weights, recurrence summary) and keeps every part not
    /// read from the store, now (what the background does after a view is built; the bench times it on its own).
    /// </summary>
    public void LearnAndKeep(CancellationToken cancellationToken = default) => Learn(Build(cancellationToken), rethrow: true);

    private static void Learn(Built built, bool rethrow)
    {
        try
        {
            var (years, store, version, kept) = (built.Years, built.Store, built.KeptVersion, built.Kept);
            // Each part is made ready in the view once — computed, or decoded from the kept part (the view reads the same
            // lazily read part) — and kept only when it was computed.
            void Ready<T>(string part, T value, object? restored, Func<T, byte[]> pack)
            {
                if (store is not null && restored is null) store.WritePart(part, version!, pack(value));
            }
            Ready(KeptYears.DirectoryPart, years, kept?.Directory, KeptYears.Directory);
            Ready(KeptYears.RecurrencePart, years.RecurrenceSummary, kept?.Recurrence.Value, KeptYears.Recurrence);
            Ready(KeptYears.TemplatePart, years.Template, kept?.Template.Value, KeptYears.Template);
            Ready(KeptYears.WeightsPart, years.Weights, kept?.Weights.Value, KeptYears.Weights);
            _ = years.Promises; // the promise tracker over those weights, built once here rather than by a first timeline
        }
        catch (Exception) when (!rethrow)
        {
            // The corpus changed or closed meanwhile: what is asked for later is computed then (and says why it cannot).
        }
    }

    /// <summary>The parts kept for <paramref name="version"/> (each null when absent or unreadable), and the source a kept directory gives.</summary>
    private (KeptParts? Kept, YearsReports? Source) Read(DerivedStore store, string version, CancellationToken cancellationToken)
    {
        T? Part<T>(string part, Func<byte[], T> read)
            where T : class
        {
            try
            {
                return store.ReadPart(part, version) is { } data ? read(data) : null;
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or IOException or Microsoft.Data.Sqlite.SqliteException)
            {
                return null; // derived data: computed again and kept anew
            }
        }
        Lazy<T?> Later<T>(string part, Func<byte[], T> read)
            where T : class => new(() => Part(part, read), LazyThreadSafetyMode.ExecutionAndPublication);
        var directory = Part(KeptYears.DirectoryPart, data => new Restored(KeptYears.ReadDirectory(data)));
        var kept = new KeptParts(directory?.Value.Directory, Later(KeptYears.TemplatePart, KeptYears.ReadTemplate),
            Later(KeptYears.WeightsPart, KeptYears.ReadWeights), Later(KeptYears.RecurrencePart, KeptYears.ReadRecurrence));
        if (directory is null) return (kept, null);
        var (_, ordered, problems) = directory.Value;
        return (kept, Reports(ordered, corpus.Reports.StatementsOf, id => problems.GetValueOrDefault(id), cancellationToken));
    }

    private sealed record Restored((AgencyDirectory Directory, IReadOnlyList<AgencyReport> Reports, Dictionary<string, ProblemDigest> Problems) Value);

    /// <summary>Builds the next view in the background after write batches (once <see cref="RefreshDelay"/> has passed without one), so it is resolved and kept before it is asked for.</summary>
    private void AfterWrite(object? sender, EventArgs e)
    {
        if (!LearnInBackground) return;
        Interlocked.Exchange(ref _lastWrite, Environment.TickCount64);
        if (Interlocked.CompareExchange(ref _refreshing, 1, 0) != 0) return;
        _ = Task.Run(async () =>
        {
            try
            {
                long seen;
                do
                {
                    long quiet;
                    while ((quiet = (long)RefreshDelay.TotalMilliseconds - (Environment.TickCount64 - Interlocked.Read(ref _lastWrite))) > 0)
                        await Task.Delay(TimeSpan.FromMilliseconds(quiet), CancellationToken.None);
                    seen = Interlocked.Read(ref _lastWrite);
                    Current(CancellationToken.None);
                }
                while (Interlocked.Read(ref _lastWrite) != seen);
            }
            catch (Exception)
            {
                // The corpus closed or failed meanwhile: the next request builds the view itself.
            }
            finally
            {
                Volatile.Write(ref _refreshing, 0);
            }
        }, CancellationToken.None);
    }

    private int _subscribed;

    private void EnsureSubscribed()
    {
        if (LearnInBackground && Interlocked.Exchange(ref _subscribed, 1) == 0) corpus.Written += AfterWrite;
    }

    /// <summary>Joins agencies <paramref name="a"/> and <paramref name="b"/> (keys or any of their names' keys) and persists it, unless refused.</summary>
    public AgencyChange Merge(string a, string b, string? note, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var directory = Current(cancellationToken).Directory;
            var (decision, refusal) = directory.PlanMerge(a, b, DateTimeOffset.UtcNow, note);
            if (decision is null) return new AgencyChange([], refusal, directory.Find(a) is null || directory.Find(b) is null);
            Overrides.Append(decision);
            var after = Current(cancellationToken).Directory;
            return new AgencyChange([after.Find(decision.A[0])!], null);
        }
    }

    /// <summary>Takes <paramref name="names"/> out of agency <paramref name="key"/> and persists it, unless refused.</summary>
    public AgencyChange Split(string key, IReadOnlyList<string> names, string? note, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var directory = Current(cancellationToken).Directory;
            var (decision, refusal) = directory.PlanSplit(key, names, DateTimeOffset.UtcNow, note);
            if (decision is null) return new AgencyChange([], refusal, directory.Find(key) is null);
            Overrides.Append(decision);
            var after = Current(cancellationToken).Directory;
            return new AgencyChange([after.Find(decision.B[0])!, after.Find(decision.A[0])!], null);
        }
    }

    /// <summary>A stored report by id.</summary>
    public Report? Report(string id) => corpus.GetReport(id);

    /// <summary>The word weights (promise follow-up) are learned from the section-五 statements of at most this many reports.</summary>
    public const int WordWeightReports = 2000;

    /// <summary>
    /// The reports' identities (the derived store's <c>view_years</c> rows, the view rows, or digests) in the order the
    /// corpus lists its reports (newest year first, then id): agency resolution joins names in the order it meets them,
    /// so the order is fixed. Statements are read by id when asked; problem digests come with the identities.
    /// </summary>
    private YearsReports Source(CancellationToken cancellationToken)
    {
        var (reports, statements, problems) = corpus.Reports.ForYears(cancellationToken);
        var byId = new Dictionary<string, AgencyReport>(StringComparer.Ordinal);
        foreach (var report in reports) byId.TryAdd(report.ReportId, report);
        var ordered = byId.Values.OrderByDescending(r => r.Year ?? 0).ThenBy(r => r.ReportId, StringComparer.Ordinal).ToList();
        return Reports(ordered, statements, problems, cancellationToken);
    }

    /// <summary>The years view's source over <paramref name="ordered"/> reports (resolved now or read from a kept directory).</summary>
    private YearsReports Reports(IReadOnlyList<AgencyReport> ordered, Func<string, IReadOnlyList<Statement>?> statements,
        Func<string, ProblemDigest?> problems, CancellationToken cancellationToken) =>
        new(ordered, statements, corpus.GetReport, problems,
            most => corpus.Reports.SampleStatements(most, cancellationToken) ?? [.. Spread(ordered, most).SelectMany(r => statements(r.ReportId) ?? [])]);

    private static IEnumerable<AgencyReport> Spread(IReadOnlyList<AgencyReport> reports, int most) =>
        reports.Count <= most ? reports : Enumerable.Range(0, most).Select(i => reports[(int)((long)i * reports.Count / most)]);

    /// <summary>The overrides file's content (a hash; "none" without one): what a kept part's version says of a person's decisions, across restarts.</summary>
    private string OverridesHash()
    {
        var path = Overrides.Path;
        return File.Exists(path) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))) : "none";
    }

    private string OverridesVersion()
    {
        var file = new FileInfo(Overrides.Path);
        return file.Exists ? $"{file.Length}/{file.LastWriteTimeUtc.Ticks}" : "none";
    }
}
