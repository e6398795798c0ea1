using System.Collections.Concurrent;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Promises;
using SearchMining.Mining.Recurrence;
using SearchMining.Mining.YearOverYear;

namespace SearchMining.Mining.Timelines;

/// <summary>
/// The across-the-years view of one set of parsed, theme-tagged reports: agencies (with a person's overrides),
/// template phrases learned from these reports, year-over-year comparison, recurrence and promise tracking. Build one
/// per corpus version and share it (thread-safe; template phrases, word weights, the recurrence summary and each
/// timeline are computed on first use and kept). It holds whole reports only when given them
/// (<see cref="YearsReports.InMemory"/>); over a <see cref="YearsReports"/> that loads them by id it holds the agency
/// directory, and loads an agency's reports when its timeline (or a comparison) is asked for.
/// </summary>
public sealed class YearsCorpus : IReportHistory
{
    /// <summary>At most this many timelines are kept; beyond, the cache starts again (a timeline is an agency's few reports).</summary>
    public const int MaxCachedTimelines = 4096;

    private readonly YearsReports _source;
    private readonly ConcurrentDictionary<string, AgencyTimeline> _timelines = new(StringComparer.Ordinal);
    private readonly Lazy<RecurrenceSummary> _recurrence;
    private readonly Lazy<TemplatePhrases> _template;
    private readonly Lazy<ReportComparer> _comparer;
    private readonly Lazy<WordWeights> _weights;
    private readonly Lazy<PromiseTracker> _promises;

    public YearsCorpus(IEnumerable<Report> reports, IReadOnlyList<AgencyOverride> overrides,
        ReuseOptions? reuse = null, PromiseOptions? promises = null, RecurrenceOptions? recurrence = null)
        : this(YearsReports.InMemory(reports), overrides, reuse, promises, recurrence)
    {
    }

    /// <param name="templateAgencies">Learn the template phrases from at most this many agencies (spread evenly over the
    /// directory's order); null: from every agency. Template phrases are the national template's stock text, which a few
    /// hundred agencies show as well as all of them; learning them reads every whole report of the agencies used.</param>
    /// <param name="wordWeightReports">Learn the word weights (promise follow-up) from the section-五 statements of at most
    /// this many reports (spread evenly over the source's order); null: from every report.</param>
    /// <param name="kept">What was computed before over the same reports, overrides and options and kept (the directory,
    /// template phrases, word weights, recurrence summary): taken as it is; what it lacks is computed as usual.</param>
    public YearsCorpus(YearsReports source, IReadOnlyList<AgencyOverride> overrides,
        ReuseOptions? reuse = null, PromiseOptions? promises = null, RecurrenceOptions? recurrence = null, int? templateAgencies = null,
        int? wordWeightReports = null, YearsKept? kept = null)
    {
        _source = source;
        Directory = kept?.Directory ?? AgencyDirectory.Build(source.Reports, overrides);
        Recurrence = new RecurrenceAnalyzer(recurrence);
        _template = new Lazy<TemplatePhrases>(() => kept?.Template?.Invoke() ?? TemplatePhrases.Learn(Spread(Directory.Agencies, templateAgencies)
            .Select(a => a.Reports.Select(r => source.Load(r.ReportId)).OfType<Report>()), reuse), LazyThreadSafetyMode.ExecutionAndPublication);
        _comparer = new Lazy<ReportComparer>(() => new ReportComparer(new ShingleReuseMeter(Template)), LazyThreadSafetyMode.ExecutionAndPublication);
        _weights = new Lazy<WordWeights>(() => kept?.Weights?.Invoke() ?? WordWeights.Learn(
                (wordWeightReports is { } most && source.SampleStatements is { } sample ? sample(most)
                    : Spread(source.Reports, wordWeightReports).SelectMany(r => source.Statements(r.ReportId) ?? [])).Select(s => s.Text)),
                LazyThreadSafetyMode.ExecutionAndPublication);
        _promises = new Lazy<PromiseTracker>(() => new PromiseTracker(Weights, promises), LazyThreadSafetyMode.ExecutionAndPublication);
        _recurrence = new Lazy<RecurrenceSummary>(() => kept?.Recurrence?.Invoke() ?? Recurrence.SummariseDigests(Directory, source.ProblemsOf),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AgencyDirectory Directory { get; }
    public TemplatePhrases Template => _template.Value;
    public ReportComparer Comparer => _comparer.Value;
    public PromiseTracker Promises => _promises.Value;

    /// <summary>The word weights the promise tracker uses (learned on first use, or kept).</summary>
    public WordWeights Weights => _weights.Value;

    /// <summary>The source this view reads (identities in order, statements, problem digests).</summary>
    public YearsReports Source => _source;
    public RecurrenceAnalyzer Recurrence { get; }

    /// <summary>Every report, whole (loaded one by one when the source does not hold them).</summary>
    public IEnumerable<Report> Reports => _source.Reports.Select(r => _source.Load(r.ReportId)).OfType<Report>();

    public Report? Report(string id) => _source.Load(id);

    public Report? Previous(Report report)
    {
        if (report.Year is not { } year || Directory.Resolve(AgencyReport.Of(report)) is not { } agency) return null;
        return Before(agency, year, Report);
    }

    /// <summary>The agency's report of exactly <paramref name="year"/>, or null.</summary>
    public Report? OfYear(Agency agency, int year) => OfYear(agency, year, Report);

    /// <summary>The agency's report of the closest earlier year that loads (the history rule), or null.</summary>
    private static Report? Before(Agency agency, int year, Func<string, Report?> load) =>
        agency.Reports.Where(r => r.Year < year).OrderByDescending(r => r.Year).Select(r => load(r.ReportId)).FirstOrDefault(r => r is not null);

    private static Report? OfYear(Agency agency, int year, Func<string, Report?> load) =>
        agency.Reports.Where(r => r.Year == year).Select(r => load(r.ReportId)).FirstOrDefault(r => r is not null);

    /// <summary>
    /// The corpus-wide recurrence summary, from each report's <see cref="ProblemDigest"/> (no statement read): its agencies
    /// come without their statements; <see cref="WithStatements"/> gives one agency's with them.
    /// </summary>
    public RecurrenceSummary RecurrenceSummary => _recurrence.Value;

    /// <summary>
    /// The problem themes <paramref name="agency"/> names in two or more years (what its row of
    /// <see cref="RecurrenceSummary"/> says), from its own reports' problem digests only: a directory page needs its
    /// agencies' recurring themes, not the corpus-wide summary.
    /// </summary>
    public IReadOnlyList<RecurringTheme> RecurringOf(Agency agency) => Recurrence.ForAgencyDigests(agency, _source.ProblemsOf).Recurring;

    /// <summary>An agency of <see cref="RecurrenceSummary"/> with its problem statements (reads only that agency's reports' statements).</summary>
    public AgencyRecurrence WithStatements(AgencyRecurrence agency) =>
        Directory.Find(agency.AgencyKey) is { } found ? Recurrence.ForAgency(found, _source.Statements) : agency;

    public AgencyTimeline Timeline(Agency agency)
    {
        if (_timelines.TryGetValue(agency.Key, out var kept)) return kept;
        if (_timelines.Count >= MaxCachedTimelines) _timelines.Clear();
        return _timelines.GetOrAdd(agency.Key, _ => BuildTimeline(agency));
    }

    /// <summary>Every commitment of the corpus that has a next-year report, traced.</summary>
    public IEnumerable<(Agency Agency, PromiseTrace Trace)> TracedCommitments() =>
        Directory.Agencies.SelectMany(a => Timeline(a).Years.SelectMany(y => y.Commitments).Where(t => t.Class is not null).Select(t => (a, t)));

    private AgencyTimeline BuildTimeline(Agency agency)
    {
        // The agency's reports are loaded once for the whole timeline (each is this year's, a previous and a next).
        var loaded = new Dictionary<string, Report?>(StringComparer.Ordinal);
        Report? Load(string id) => loaded.TryGetValue(id, out var r) ? r : loaded[id] = Report(id);
        var years = new List<TimelineYear>();
        foreach (var year in agency.Years)
        {
            var report = OfYear(agency, year, Load)!;
            var previous = Before(agency, year, Load);
            var next = OfYear(agency, year + 1, Load);
            var problems = report.Statements.Where(s => s.Kind == StatementKind.Problem).ToList();
            double? overall = null, fifth = null;
            if (previous is not null)
            {
                overall = Comparer.Meter.Measure(ReportComparer.WholeText(report), ReportComparer.WholeText(previous)).Rate;
                fifth = Comparer.Reuse(report, previous, SectionTopic.Problems).Rate;
            }
            years.Add(new TimelineYear(year, report.Id, report.SourceFile, report.Template,
                problems.SelectMany(s => s.Themes).Where(t => t != SearchMining.Core.Themes.ThemeIds.Other).Distinct().OrderBy(t => SearchMining.Core.Themes.ThemeIds.All.ToList().IndexOf(t)).ToList(),
                problems.Count, report.Statements.Count(s => s.Kind == StatementKind.Rectification), report.Statements.Count(s => s.Kind == StatementKind.Measure),
                previous?.Id, previous?.Year, overall, fifth, Promises.Track(report, next)));
        }
        return new AgencyTimeline(agency, years, Recurrence.ForAgency(agency, _source.Statements).Recurring);
    }

    private static IEnumerable<T> Spread<T>(IReadOnlyList<T> items, int? most)
    {
        if (most is not { } cap || items.Count <= cap) return items;
        return Enumerable.Range(0, cap).Select(i => items[(int)((long)i * items.Count / cap)]);
    }
}
