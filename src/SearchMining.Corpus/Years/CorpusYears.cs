using SearchMining.Core.Domain;
using SearchMining.Corpus.Views;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Timelines;

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
    private (string Key, YearsCorpus Years)? _cached;

    /// <summary>Where a person's merges and splits are kept for the index at <paramref name="indexPath"/>.</summary>
    public static string OverridesPath(string indexPath) => Path.Combine(indexPath, OverridesFolder, OverridesFileName);

    public AgencyOverrideStore Overrides { get; } = new(OverridesPath(corpus.Options.IndexPath));

    /// <summary>The view of the corpus as it is now, built on first use after a change from the reports' view rows (timelines, template phrases and word weights are built when first asked for).</summary>
    public YearsCorpus Current(CancellationToken cancellationToken = default)
    {
        var key = corpus.Reports.Version + "|" + OverridesVersion();
        lock (_gate)
        {
            if (_cached is { } cached && cached.Key == key) return cached.Years;
            var years = new YearsCorpus(Source(cancellationToken), Overrides.Load(), templateAgencies: TemplateAgencies, wordWeightReports: WordWeightReports);
            _cached = (key, years);
            if (LearnInBackground) _ = Task.Run(() => Learn(years), CancellationToken.None); // not the request's: the view outlives it
            return years;
        }
    }

    /// <summary>
    /// Whether a newly built view learns its template phrases and word weights in the background at once (what a first
    /// timeline or comparison needs: ~1–3 s of CPU above <see cref="TemplateAgencies"/> agencies, whatever the corpus size),
    /// so that a timeline asked for after the directory finds them learned; one asked for sooner waits for the same work.
    /// </summary>
    public bool LearnInBackground { get; init; } = true;

    private static void Learn(YearsCorpus years)
    {
        try
        {
            _ = years.Template;
            _ = years.Promises;
        }
        catch (Exception)
        {
            // The corpus changed or closed meanwhile: a timeline asked for later learns them itself (and says why it cannot).
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
        return new YearsReports(ordered, statements, corpus.GetReport, problems,
            most => corpus.Reports.SampleStatements(most, cancellationToken) ?? [.. Spread(ordered, most).SelectMany(r => statements(r.ReportId) ?? [])]);
    }

    private static IEnumerable<AgencyReport> Spread(IReadOnlyList<AgencyReport> reports, int most) =>
        reports.Count <= most ? reports : Enumerable.Range(0, most).Select(i => reports[(int)((long)i * reports.Count / most)]);

    private string OverridesVersion()
    {
        var file = new FileInfo(Overrides.Path);
        return file.Exists ? $"{file.Length}/{file.LastWriteTimeUtc.Ticks}" : "none";
    }
}
