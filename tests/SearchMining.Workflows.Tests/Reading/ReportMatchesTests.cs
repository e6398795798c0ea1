using SearchMining.Index.Searching;
using SearchMining.Workflows.Reading;
using SearchMining.Workflows.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Workflows.Tests.Reading;

[Collection(SampleCorpusCollection.Name)]
public sealed class ReportMatchesTests(SampleCorpusFixture fixture)
{
    [Fact]
    public void A_hit_opens_at_its_section_and_its_match_is_among_the_reports_matches()
    {
        const string query = "\"政务新媒体\"";
        var hit = fixture.Corpus.Search.Search(new SearchRequest(query) { Size = 1 }).Results!.Hits.Single();
        var link = ReaderLinks.OpenAtHit(hit, query);
        var ordinal = int.Parse(hit.SectionId.Split('#')[1], System.Globalization.CultureInfo.InvariantCulture);
        var at = hit.Snippets[0].SectionOffset + hit.Snippets[0].Highlights[0][0];
        link.ShouldBe($"/?view=report&id={hit.ReportId}&section={ordinal}&q={Uri.EscapeDataString(query)}&at={at}");

        var (matches, error) = fixture.Workflows.Matches(hit.ReportId, query);
        error.ShouldBeNull();
        var report = fixture.Corpus.GetReport(hit.ReportId)!;
        matches!.Sections.ShouldContain(s => s.Ordinal == ordinal && s.Spans.Any(span => span[0] == at));
        foreach (var section in matches.Sections)
        {
            var text = report.Sections.Single(s => s.Ordinal == section.Ordinal).Text;
            section.Spans.ShouldAllBe(span => text.Substring(span[0], span[1] - span[0]) == "政务新媒体");
        }
        matches.Total.ShouldBe(report.Sections.Sum(s => System.Text.RegularExpressions.Regex.Count(s.Text, "政务新媒体")));
    }

    [Fact]
    public void Unknown_reports_and_bad_queries_are_told_apart()
    {
        fixture.Workflows.Matches("no-such-report", "培训").ShouldBe((null, null));
        var id = fixture.Corpus.ListReports(null, 0, 1).Items[0].Id;
        fixture.Workflows.Matches(id, "(培训").Error!.Kind.ShouldBe(SearchErrorKind.QuerySyntax);
        fixture.Workflows.Matches(id, "").Matches!.Sections.ShouldBeEmpty();
    }
}
