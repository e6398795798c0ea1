using System.Globalization;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Promises;
using SearchMining.Mining.Recurrence;
using SearchMining.Mining.Timelines;
using SearchMining.Mining.YearOverYear;

namespace SearchMining.Cli.Commands;

/// <summary>Prints agencies, one agency's timeline, the traced promises and the recurring themes.</summary>
internal static class AgencyPrinter
{
    public static void List(IReadOnlyList<Agency> agencies, int unidentified, TextWriter o)
    {
        foreach (var a in agencies)
        {
            var rules = a.Evidence.Select(e => e.Rule).Distinct().ToList();
            o.WriteLine($"{a.Key}\t{a.Name}\t{a.Level}\t{Years(a.Years)}\t{a.Reports.Count} report(s)\t{a.Names.Count} name(s){(rules.Count > 0 ? "\t" + string.Join(",", rules) : "")}");
        }
        o.WriteLine($"{agencies.Count} agencies, {agencies.Count(a => a.Years.Count > 1)} with reports of two or more years; {unidentified} report(s) name no agency.");
    }

    public static void Timeline(AgencyTimeline t, TextWriter o)
    {
        var a = t.Agency;
        o.WriteLine($"{a.Name}  ({a.Key}; {a.Kind}, {a.Level}; {string.Concat(a.Places.Names)})");
        o.WriteLine("names:");
        foreach (var n in a.Names)
            o.WriteLine($"  {n.Written} → {n.NodeKey}  [{n.ReportIds.Count} report(s)]{(n.Steps.Count > 0 ? "  " + string.Join("; ", n.Steps.Select(s => $"{s.Rule}: {s.Before} → {s.After}")) : "")}");
        if (a.Evidence.Count > 0)
        {
            o.WriteLine("evidence:");
            foreach (var e in a.Evidence) o.WriteLine($"  {e.Rule}: {e.Detail}");
        }
        foreach (var y in t.Years)
        {
            o.WriteLine();
            var reuse = y.PreviousYear is { } p ? $"reuse of {p}: {ComparisonPrinter.Percent(y.ReuseRate)} overall, {ComparisonPrinter.Percent(y.ProblemsReuseRate)} in 五" : "first report";
            o.WriteLine($"{y.Year}  {y.SourceFile}  {y.Template}  ({y.ReportId})  {reuse}");
            o.WriteLine($"  problems {y.Problems}, rectifications {y.Rectifications}, measures {y.Measures}; problem themes: {(y.ProblemThemes.Count == 0 ? "—" : string.Join(", ", y.ProblemThemes))}");
            foreach (var c in y.Commitments)
            {
                o.WriteLine($"  promise: {c.Commitment}");
                o.WriteLine(c.Class is null ? "    → no report of the next year yet" : $"    → {c.NextYear}: {c.Class}" + (c.Link is { } l ? $" ({l.Kind}, score {l.Score.ToString("0.00", CultureInfo.InvariantCulture)}): {l.Text}" : ""));
            }
        }
        if (t.Recurring.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("recurring problem themes:");
            foreach (var r in t.Recurring) o.WriteLine($"  {r.Theme}: {Years(r.Years)}");
        }
    }

    public static void PromisesHeader(TextWriter o) =>
        o.WriteLine("agency\tyear\tfile\tnext_file\tclass\tscore\ttext_similarity\tshared_themes\tcommitment\tlinked_kind\tlinked_statement");

    public static void Promises(Agency agency, AgencyTimeline timeline, TextWriter o)
    {
        foreach (var y in timeline.Years)
        {
            var next = timeline.Years.FirstOrDefault(n => n.Year == y.Year + 1);
            foreach (var c in y.Commitments.Where(c => c.Class is not null))
            {
                var best = c.Link ?? c.Candidates.Where(l => l.Kind != Core.Domain.StatementKind.Measure).MaxBy(l => l.Score);
                o.WriteLine(string.Join('\t', agency.Key, y.Year.ToString(CultureInfo.InvariantCulture), y.SourceFile, next?.SourceFile ?? "", c.Class,
                    best?.Score.ToString("0.000", CultureInfo.InvariantCulture) ?? "", best?.TextSimilarity.ToString("0.000", CultureInfo.InvariantCulture) ?? "",
                    best is null ? "" : string.Join(",", best.SharedThemes), Flat(c.Commitment), best?.Kind.ToString() ?? "", Flat(best?.Text ?? "")));
            }
        }
    }

    public static void PairsHeader(TextWriter o) =>
        o.WriteLine("agency\tyear\tfile\tnext_file\tkind\t" + string.Join('\t', PairFeatures.Names) + "\tshared_aspects\tscore\tcommitment\tstatement");

    public static void Pairs(Agency agency, Core.Domain.Report report, Core.Domain.Report next, IEnumerable<PromisePair> pairs, TextWriter o)
    {
        foreach (var p in pairs)
            o.WriteLine(string.Join('\t', [agency.Key, report.Year!.Value.ToString(CultureInfo.InvariantCulture), report.SourceFile, next.SourceFile, p.Kind.ToString(),
                .. p.Features.Vector.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)), string.Join(",", p.Features.SharedAspects),
                p.Score.ToString("0.000", CultureInfo.InvariantCulture), Flat(p.Commitment.Text), Flat(p.Statement.Text)]));
    }

    public static void Reuse(IEnumerable<(Agency Agency, AgencyTimeline Timeline)> series, TextWriter o)
    {
        o.WriteLine("agency\tyear\tprevious_year\tfile\tprevious_file\treuse\treuse_problems");
        var rows = series.SelectMany(s => s.Timeline.Years.Where(y => y.PreviousYear is not null).Select(y => (s.Agency, Year: y,
            Previous: s.Timeline.Years.First(p => p.ReportId == y.PreviousReportId))));
        foreach (var (agency, year, previous) in rows.OrderByDescending(r => r.Year.ReuseRate ?? -1))
            o.WriteLine(string.Join('\t', agency.Key, year.Year, year.PreviousYear, year.SourceFile, previous.SourceFile,
                year.ReuseRate?.ToString("0.000", CultureInfo.InvariantCulture) ?? "", year.ProblemsReuseRate?.ToString("0.000", CultureInfo.InvariantCulture) ?? ""));
    }

    /// <summary>
    /// Summary lines (as # comments): the series pairs' median reuse, and the same measure between reports of different
    /// agencies and places of one year — each report against up to three others, in file order — as the baseline.
    /// </summary>
    public static void ReuseBaseline(YearsCorpus years, TextWriter o)
    {
        var series = years.Directory.Agencies.SelectMany(a => years.Timeline(a).Years).Select(y => y.ReuseRate).OfType<double>().ToList();
        var reports = years.Reports.Where(r => r.Year is not null && years.Directory.OfReport(r.Id) is not null)
            .OrderBy(r => r.SourceFile, StringComparer.Ordinal).ToList();
        var baseline = new List<double>();
        foreach (var report in reports)
        {
            var agency = years.Directory.OfReport(report.Id)!;
            var others = reports.Where(r => r.Year == report.Year && years.Directory.OfReport(r.Id) is { } other
                    && other != agency && !other.Places.Names.Intersect(agency.Places.Names).Any())
                .Take(3);
            foreach (var other in others)
            {
                if (years.Comparer.Meter.Measure(ReportComparer.WholeText(report), ReportComparer.WholeText(other)).Rate is { } rate)
                    baseline.Add(rate);
            }
        }
        o.WriteLine($"# series: {series.Count} reports against their agency's previous one; median reuse {Median(series)}, " +
            $"{series.Count(r => r >= 0.8)} at 80 % or more, {series.Count(r => r < 0.2)} under 20 %");
        o.WriteLine($"# baseline: {baseline.Count} pairs of reports of one year from agencies of different places; median reuse {Median(baseline)}, " +
            $"highest {(baseline.Count == 0 ? "—" : baseline.Max().ToString("0.000", CultureInfo.InvariantCulture))}");
        o.WriteLine($"# template phrases: {years.Template.Count} shingles of {years.Template.Options.ShingleLength} characters; " +
            string.Join("; ", years.Template.Groups.Select(g => $"{g.Template}: {g.Phrases} used by at least {g.MinAgencies} of its {g.Agencies} agencies")));
    }

    private static string Median(IReadOnlyList<double> values) =>
        values.Count == 0 ? "—" : values.Order().ElementAt(values.Count / 2).ToString("0.000", CultureInfo.InvariantCulture);

    public static void Recurring(RecurrenceSummary summary, TextWriter o)
    {
        o.WriteLine("themes named as a problem, by agencies (per year: agencies naming it / agencies reporting problems):");
        foreach (var t in summary.Themes)
        {
            var slope = t.SlopePerYear is { } s ? s.ToString("+0.000;-0.000", CultureInfo.InvariantCulture) + "/yr" : "";
            o.WriteLine($"  {t.Theme,-16} {t.Agencies,3} agencies  {t.Direction} {slope}  " +
                string.Join(" ", t.PerYear.Where(p => p.Agencies > 0).Select(p => $"{p.Year}:{p.Agencies}/{p.Reporting}")));
        }
        o.WriteLine();
        o.WriteLine($"{summary.Agencies.Count} agencies name a theme as a problem in two or more years:");
        foreach (var a in summary.Agencies)
            o.WriteLine($"  {a.AgencyName}: " + string.Join("; ", a.Recurring.Select(r => $"{r.Theme} {Years(r.Years)}")));
    }

    private static string Years(IReadOnlyList<int> years) => string.Join(",", years);

    private static string Flat(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
