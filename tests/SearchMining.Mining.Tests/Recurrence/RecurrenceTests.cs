using SearchMining.Core.Domain;
using SearchMining.Mining.Recurrence;
using SearchMining.Mining.Tests.Years;
using SearchMining.Mining.Themes;
using Shouldly;

namespace SearchMining.Mining.Tests.Recurrence;

[Collection(SampleSeriesCollection.Name)]
public sealed class RecurrenceTests(SampleSeriesFixture fixture)
{
    [Fact]
    public void A_theme_named_as_a_problem_in_two_years_recurs_with_the_statements_of_each_year()
    {
        // 平潭: 2021 政策解读形式不够丰富, 2022 政策解读形式单一
        var pingtan = fixture.Directory.OfReport(fixture.Sample("039").Id)!;
        var recurrence = fixture.Years.Recurrence.ForAgency(pingtan, fixture.Years.Report);
        recurrence.Years.Select(y => y.Year).ShouldBe([2020, 2021, 2022]);

        var interpretation = recurrence.Recurring.Single(r => r.Theme == ThemeIds.Interpretation);
        interpretation.Years.ShouldBe([2021, 2022]);
        interpretation.Statements.ShouldContain(s => s.Year == 2021 && s.Text.Contains("政策解读形式不够丰富"));
        interpretation.Statements.ShouldContain(s => s.Year == 2022 && s.Text.Contains("政策解读形式单一"));

        foreach (var theme in recurrence.Recurring)
        {
            theme.Years.Count.ShouldBeGreaterThanOrEqualTo(2);
            theme.Statements.ShouldAllBe(s => s.Kind == StatementKind.Problem && s.Themes.Contains(theme.Theme));
            theme.Statements.Select(s => s.Year).Distinct().Order().ShouldBe(theme.Years);
        }
        // a theme named in one year only does not recur
        var once = recurrence.Years.SelectMany(y => y.Themes).GroupBy(t => t).Where(g => g.Count() == 1).Select(g => g.Key);
        recurrence.Recurring.Select(r => r.Theme).Intersect(once).ShouldBeEmpty();
        recurrence.Recurring.ShouldNotContain(r => r.Theme == ThemeIds.Other);
    }

    [Fact]
    public void Corpus_wide_each_year_counts_the_agencies_naming_a_theme_among_those_reporting_problems()
    {
        var summary = fixture.Years.RecurrenceSummary;
        var problemsByAgencyYear = fixture.Reports.Where(r => r.Year is not null && fixture.Directory.OfReport(r.Id) is not null)
            .Select(r => (Agency: fixture.Directory.OfReport(r.Id)!.Key, Year: r.Year!.Value, Problems: r.Statements.Where(s => s.Kind == StatementKind.Problem).ToList()))
            .Where(x => x.Problems.Count > 0).ToList();

        foreach (var trend in summary.Themes)
        {
            foreach (var year in trend.PerYear)
            {
                year.Reporting.ShouldBe(problemsByAgencyYear.Where(x => x.Year == year.Year).Select(x => x.Agency).Distinct().Count());
                year.Agencies.ShouldBe(problemsByAgencyYear.Where(x => x.Year == year.Year && x.Problems.Any(p => p.Themes.Contains(trend.Theme))).Select(x => x.Agency).Distinct().Count());
            }
            trend.Agencies.ShouldBe(problemsByAgencyYear.Where(x => x.Problems.Any(p => p.Themes.Contains(trend.Theme))).Select(x => x.Agency).Distinct().Count());
        }
        summary.Themes.Select(t => t.Agencies).ShouldBeInOrder(SortDirection.Descending);
        summary.Years.ShouldAllBe(y => y.Themes.Select(t => t.Agencies).SequenceEqual(y.Themes.Select(t => t.Agencies).OrderByDescending(a => a)));
        summary.Agencies.ShouldContain(a => a.AgencyKey == fixture.Directory.OfReport(fixture.Sample("039").Id)!.Key);
        // the samples have fewer than three agencies reporting problems in most years: no trend is claimed from them
        summary.Themes.ShouldAllBe(t => t.Direction == ThemeTrendDirection.Unknown || t.SlopePerYear != null);
    }

    [Fact]
    public void The_summary_from_problem_digests_is_the_summary_from_the_statements_without_them()
    {
        var years = fixture.Years;
        var fromStatements = years.Recurrence.Summarise(years.Directory, id => years.Report(id)?.Statements);
        var fromDigests = years.RecurrenceSummary;
        fromStatements.Agencies.ShouldNotBeEmpty();
        fromStatements.Agencies.ShouldContain(a => a.Recurring.Any(r => r.Statements.Count > 0));

        Json(fromDigests.Themes).ShouldBe(Json(fromStatements.Themes));
        Json(fromDigests.Years).ShouldBe(Json(fromStatements.Years));
        static object Bare(AgencyRecurrence a) => new
        {
            a.AgencyKey, a.AgencyName,
            Years = a.Years.Select(y => new { y.Year, y.ReportId, y.Themes }),
            Recurring = a.Recurring.Select(r => new { r.Theme, r.Years }),
        };
        Json(fromDigests.Agencies.Select(Bare)).ShouldBe(Json(fromStatements.Agencies.Select(Bare)));
        fromDigests.Agencies.ShouldAllBe(a => a.Recurring.All(r => r.Statements.Count == 0) && a.Years.All(y => y.Problems.Count == 0));
        // One agency with its statements: what the statements give.
        Json(fromDigests.Agencies.Select(years.WithStatements)).ShouldBe(Json(fromStatements.Agencies));
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);
}
