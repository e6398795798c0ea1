using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>Per-report facets (grouped results), match spans of a whole report, matching reports and search within reports.</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class WorkflowSearchTests(SampleIndexFixture fixture)
{
    [Fact]
    public void Grouped_facets_count_reports_so_they_agree_with_the_total()
    {
        const string query = "\"培训\""; // a phrase: no related words, so the matching sections are those that contain it
        var grouped = fixture.Search(new SearchRequest(query) { GroupByReport = true, Size = 1 });
        var reportsWithMatch = fixture.Reports
            .Where(r => r.Sections.Any(s => s.Text.Contains("培训", StringComparison.Ordinal) || s.Title.Contains("培训", StringComparison.Ordinal)))
            .ToList();

        grouped.Total.ShouldBe(reportsWithMatch.Count);
        var years = grouped.Facets[FacetDimensions.Year].ToDictionary(v => v.Value, v => v.Count);
        years.ShouldBe(reportsWithMatch.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value.ToString())
            .ToDictionary(g => g.Key, g => g.Count()), ignoreOrder: true);
        grouped.Facets[FacetDimensions.Agency].Sum(v => v.Count).ShouldBe(reportsWithMatch.Count(r => r.Agency is not null));

        // The flat search counts sections: more than reports for a word that occurs in several sections of a report.
        var flat = fixture.Search(new SearchRequest(query) { Size = 1 });
        flat.Facets[FacetDimensions.Year].Sum(v => v.Count).ShouldBeGreaterThan(years.Values.Sum());
        var perReport = fixture.Search(new SearchRequest(query) { Size = 1, FacetsPerReport = true });
        perReport.Total.ShouldBe(flat.Total);
        perReport.Facets[FacetDimensions.Year].ShouldBe(grouped.Facets[FacetDimensions.Year]);
    }

    [Fact]
    public void Find_matches_marks_every_occurrence_in_each_section_of_a_report()
    {
        var report = fixture.Report("037_hongze");
        var texts = report.Sections.Select(s => s.Text).ToList();
        var (spans, error) = fixture.Engine.FindMatches("\"政务公开\"", texts);

        error.ShouldBeNull();
        spans!.Count.ShouldBe(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            spans[i].Count.ShouldBe(CountOccurrences(texts[i], "政务公开"), $"section {i + 1}");
            spans[i].ShouldAllBe(s => texts[i].Substring(s.Start, s.End - s.Start) == "政务公开");
        }
        spans.Sum(s => s.Count).ShouldBeGreaterThan(3);

        // Words (not a phrase) are marked as the snippets mark them: every occurrence of the word is covered by a mark.
        var (words, _) = fixture.Engine.FindMatches("政务新媒体", texts);
        for (var i = 0; i < texts.Count; i++)
        {
            var marks = words![i];
            for (var at = texts[i].IndexOf("政务新媒体", StringComparison.Ordinal); at >= 0; at = texts[i].IndexOf("政务新媒体", at + 1, StringComparison.Ordinal))
                marks.ShouldContain(m => m.Start <= at + 2 && m.End > at + 2, $"section {i + 1} offset {at}");
        }
        words!.Sum(w => w.Count).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Find_matches_marks_phrases_but_not_field_clauses_or_excluded_words()
    {
        var report = fixture.Report("037_hongze");
        var texts = report.Sections.Select(s => s.Text).ToList();
        var (spans, _) = fixture.Engine.FindMatches("\"依申请公开\" agency:洪泽 -培训", texts);

        var marked = spans!.SelectMany((list, i) => list.Select(s => texts[i][s.Start..s.End])).ToList();
        marked.ShouldNotBeEmpty();
        marked.ShouldAllBe(m => m == "依申请公开");
        marked.Count.ShouldBe(texts.Sum(t => CountOccurrences(t, "依申请公开")));

        var (_, syntax) = fixture.Engine.FindMatches("\"依申请公开", texts);
        syntax!.Kind.ShouldBe(SearchErrorKind.QuerySyntax);
    }

    [Fact]
    public void Matching_reports_are_the_reports_of_every_matching_section()
    {
        var request = new SearchRequest("政务新媒体") { Filters = new SearchFilters { YearFrom = 2023 } };
        var (reports, error) = fixture.Engine.MatchingReports(request);
        error.ShouldBeNull();

        var flat = fixture.Search(request with { Size = 100 });
        reports!.Select(r => r.ReportId).ShouldBe(flat.Hits.Select(h => h.ReportId).Distinct(), ignoreOrder: true);
        reports!.Sum(r => r.Sections).ShouldBe(flat.Total);
        reports.ShouldNotBeEmpty();
    }

    [Fact]
    public void Search_within_keeps_only_the_given_reports()
    {
        var all = fixture.Search(new SearchRequest("\"培训\"") { GroupByReport = true, Size = 100 });
        var chosen = all.Groups.Skip(1).Take(2).Select(g => g.ReportId).ToList();

        var outcome = fixture.Engine.SearchWithin(new SearchRequest("\"培训\"") { Size = 10 }, chosen);
        outcome.Results!.Groups.Select(g => g.ReportId).ShouldBe(chosen, ignoreOrder: true);
        outcome.Results.Groups.ShouldAllBe(g => g.Sections.All(s => s.Snippets.Any(sn => sn.Text.Contains("培训"))));
        fixture.Engine.SearchWithin(new SearchRequest("培训"), []).Results!.Groups.ShouldBeEmpty();
    }

    private static int CountOccurrences(string text, string word)
    {
        var n = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
