using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Timelines;

namespace SearchMining.Corpus.Years;

/// <summary>
/// The across-the-years view of the corpus (agencies, timelines, comparison, recurrence, promises): a
/// <see cref="YearsCorpus"/> over every stored report, rebuilt when the index or a person's agency decisions change.
/// The decisions live in <see cref="OverridesPath"/> — inside the index folder but outside Lucene's files, like the
/// originals store, so a rebuild of the index keeps them.
/// </summary>
public sealed class CorpusYears(ReportCorpus corpus)
{
    public const string OverridesFolder = "agencies";
    public const string OverridesFileName = "agency-overrides.json";

    private readonly Lock _gate = new();
    private (string Key, YearsCorpus Years)? _cached;

    /// <summary>Where a person's merges and splits are kept for the index at <paramref name="indexPath"/>.</summary>
    public static string OverridesPath(string indexPath) => Path.Combine(indexPath, OverridesFolder, OverridesFileName);

    public AgencyOverrideStore Overrides { get; } = new(OverridesPath(corpus.Options.IndexPath));

    /// <summary>The view of the corpus as it is now, built on first use after a change (about 1 s for 277 reports on the shared 2-core machine; timelines are built when first asked for).</summary>
    public YearsCorpus Current(CancellationToken cancellationToken = default)
    {
        var key = corpus.Reports.Version + "|" + OverridesVersion();
        lock (_gate)
        {
            if (_cached is { } cached && cached.Key == key) return cached.Years;
            var years = new YearsCorpus(corpus.Reports.Walk(cancellationToken).ToList(), Overrides.Load());
            _cached = (key, years);
            return years;
        }
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

    /// <summary>A stored report by id (from the view, else the index).</summary>
    public Report? Report(string id, CancellationToken cancellationToken = default) => Current(cancellationToken).Report(id) ?? corpus.GetReport(id);

    private string OverridesVersion()
    {
        var file = new FileInfo(Overrides.Path);
        return file.Exists ? $"{file.Length}/{file.LastWriteTimeUtc.Ticks}" : "none";
    }
}
