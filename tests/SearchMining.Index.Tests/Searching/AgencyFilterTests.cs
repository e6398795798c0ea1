using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>An agency filter on a name the index holds is that agency (as many hits as its facet count); a part of a name still matches every agency containing it.</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class AgencyFilterTests(SampleIndexFixture fixture)
{
    [Fact]
    public void Filtering_on_an_agency_facet_value_gives_its_count()
    {
        var agencies = fixture.Search(new SearchRequest("") { Size = 1 }).Facets[FacetDimensions.Agency];
        agencies.Count.ShouldBeGreaterThan(5);

        foreach (var agency in agencies)
        {
            var filtered = fixture.Search(new SearchRequest("") { Size = 1, Filters = new SearchFilters { Agencies = [agency.Value] } });
            filtered.Total.ShouldBe(agency.Count, agency.Value);
            fixture.Search($"agency:\"{agency.Value}\"", size: 1).Total.ShouldBe(agency.Count, agency.Value);
        }
    }

    [Fact]
    public void A_part_of_an_agency_name_matches_every_agency_containing_it()
    {
        var agencies = fixture.Reports.Where(r => r.Agency?.Contains("平潭") == true).Select(r => r.Agency).Distinct().ToList();
        agencies.Count.ShouldBeGreaterThan(0);
        var sections = fixture.Reports.Where(r => r.Agency?.Contains("平潭") == true).Sum(r => r.SearchableSections().Count());

        fixture.Search("agency:平潭", size: 1).Total.ShouldBe(sections);
    }
}
