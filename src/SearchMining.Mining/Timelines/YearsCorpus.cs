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
/// per corpus version and share it (thread-safe; timelines are computed on first use and kept).
/// </summary>
public sealed class YearsCorpus : IReportHistory
{
    private readonly Dictionary<string, Report> _reports;
    private readonly ConcurrentDictionary<string, AgencyTimeline> _timelines = new(StringComparer.Ordinal);
    private readonly Lazy<RecurrenceSummary> _recurrence;

    public YearsCorpus(IEnumerable<Report> reports, IReadOnlyList<AgencyOverride> overrides,
        ReuseOptions? reuse = null, PromiseOptions? promises = null, RecurrenceOptions? recurrence = null)
    {
        _reports = reports.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Directory = AgencyDirectory.Build(_reports.Values.Select(AgencyReport.Of), overrides);
        Template = TemplatePhrases.Learn(Directory.Agencies.Select(a => a.Reports.Select(r => _reports[r.ReportId])), reuse);
        Comparer = new ReportComparer(new ShingleReuseMeter(Template));
        Promises = new PromiseTracker(WordWeights.Learn(_reports.Values.SelectMany(r => r.Statements.Select(s => s.Text))), promises);
        Recurrence = new RecurrenceAnalyzer(recurrence);
        _recurrence = new Lazy<RecurrenceSummary>(() => Recurrence.Summarise(Directory, Report), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AgencyDirectory Directory { get; }
    public TemplatePhrases Template { get; }
    public ReportComparer Comparer { get; }
    public PromiseTracker Promises { get; }
    public RecurrenceAnalyzer Recurrence { get; }

    public IReadOnlyCollection<Report> Reports => _reports.Values;

    public Report? Report(string id) => _reports.GetValueOrDefault(id);

    public Report? Previous(Report report)
    {
        if (report.Year is not { } year || Directory.Resolve(AgencyReport.Of(report)) is not { } agency) return null;
        return agency.Reports.Where(r => r.Year < year).OrderByDescending(r => r.Year).Select(r => Report(r.ReportId)).FirstOrDefault(r => r is not null);
    }

    /// <summary>The agency's report of exactly <paramref name="year"/>, or null.</summary>
    public Report? OfYear(Agency agency, int year) =>
        agency.Reports.Where(r => r.Year == year).Select(r => Report(r.ReportId)).FirstOrDefault(r => r is not null);

    public RecurrenceSummary RecurrenceSummary => _recurrence.Value;

    public AgencyTimeline Timeline(Agency agency) => _timelines.GetOrAdd(agency.Key, _ => BuildTimeline(agency));

    /// <summary>Every commitment of the corpus that has a next-year report, traced.</summary>
    public IEnumerable<(Agency Agency, PromiseTrace Trace)> TracedCommitments() =>
        Directory.Agencies.SelectMany(a => Timeline(a).Years.SelectMany(y => y.Commitments).Where(t => t.Class is not null).Select(t => (a, t)));

    private AgencyTimeline BuildTimeline(Agency agency)
    {
        var years = new List<TimelineYear>();
        foreach (var year in agency.Years)
        {
            var report = OfYear(agency, year)!;
            var previous = Previous(report);
            var next = OfYear(agency, year + 1);
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
        return new AgencyTimeline(agency, years, Recurrence.ForAgency(agency, Report).Recurring);
    }
}
