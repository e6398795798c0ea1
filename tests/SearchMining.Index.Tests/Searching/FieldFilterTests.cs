using SearchMining.Core.Domain;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public sealed class FieldFilterTests(SampleIndexFixture fixture)
{
    private IEnumerable<ReportSection> Sections(Func<Report, bool> report) => fixture.Reports.Where(report).SelectMany(r => r.SearchableSections());

    [Fact]
    public void Year_filters_and_ranges_match_the_parsed_years()
    {
        fixture.Search("year:2023").Total.ShouldBe(Sections(r => r.Year == 2023).Count());
        fixture.Search("year:2021..2023").Total.ShouldBe(Sections(r => r.Year is >= 2021 and <= 2023).Count());
        fixture.Search("year:2022..").Total.ShouldBe(Sections(r => r.Year >= 2022).Count());
        fixture.Search("year:..2015").Hits.Select(h => h.Year).ShouldAllBe(y => y <= 2015);
        fixture.Search(new SearchRequest("") { Size = 100, Filters = new SearchFilters { YearFrom = 2020, YearTo = 2021 } })
            .Total.ShouldBe(Sections(r => r.Year is 2020 or 2021).Count());
    }

    [Fact]
    public void Agency_matches_the_whole_name_or_a_part_of_it()
    {
        var pingtan = fixture.Search("agency:平潭综合实验区");
        pingtan.Total.ShouldBe(Sections(r => r.Agency == "平潭综合实验区").Count());
        pingtan.Hits.Select(h => h.Year).Distinct().Order().ShouldBe(new int?[] { 2020, 2021, 2022 });

        fixture.Search("agency:洪泽区").Total.ShouldBe(Sections(r => r.Agency?.Contains("洪泽区") == true).Count());
    }

    [Fact]
    public void Region_level_and_section_filters()
    {
        fixture.Search("region:淮安市").Total.ShouldBe(Sections(r => r.Region.City == "淮安市" || r.Region.Province == "淮安市" || r.Region.County == "淮安市").Count());
        fixture.Search("level:department").Total.ShouldBe(Sections(r => r.Level == AdministrativeLevel.Department).Count());
        fixture.Search("section:problems").Total.ShouldBe(Sections(_ => true).Count(s => s.Topic == SectionTopic.Problems));
        fixture.Search("section:五").Total.ShouldBe(Sections(_ => true).Count(s => s.Number == "五"));
        fixture.Search("section:问题 培训").Hits.ShouldAllBe(h => h.SectionTopic == "problems");
    }

    [Fact]
    public void Kind_filter_finds_problem_sections_with_statements_of_that_kind()
    {
        var expected = fixture.Reports.SelectMany(r => r.Sections.Where(s => r.Statements.Any(st => st.Kind == StatementKind.Measure && st.SectionOrdinal == s.Ordinal))).Count();
        expected.ShouldBeGreaterThan(0);
        fixture.Search("kind:measure").Total.ShouldBe(expected);
    }

    [Fact]
    public void Structured_filters_combine_with_a_query()
    {
        var request = new SearchRequest("培训")
        {
            Size = 100,
            Filters = new SearchFilters { Sections = ["problems"], Levels = ["county", "city"] },
        };
        var results = fixture.Search(request);
        results.Total.ShouldBeGreaterThan(0);
        results.Hits.ShouldAllBe(h => h.SectionTopic == "problems");
        results.Hits.Select(h => fixture.Reports.Single(r => r.Id == h.ReportId).Level)
            .ShouldAllBe(l => l == AdministrativeLevel.County || l == AdministrativeLevel.City);
    }
}
