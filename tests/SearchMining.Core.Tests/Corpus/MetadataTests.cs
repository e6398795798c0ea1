using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

[Collection(SampleCorpusCollection.Name)]
public class MetadataTests(SampleCorpus corpus)
{
    [Theory]
    [InlineData("000_", "市中区工业和信息化局", "枣庄市市中区工业和信息化局", 2024)]
    [InlineData("001_49", "赣县区工业和信息化局", "赣县区工业和信息化局", 2024)]
    [InlineData("002_9d", "临淄区工业和信息化局", "临淄区工业和信息化局", 2023)]
    [InlineData("003_", "市中区矿区街道办事处", "枣庄市市中区矿区街道办事处", 2024)]
    [InlineData("004_", "西工区工业和信息化局", "西工区工业和信息化局", 2024)]
    [InlineData("001_shanghai", "上海市人民政府办公厅", "上海市人民政府办公厅", 2019)]
    [InlineData("037_", "洪泽区人民政府", "淮安市洪泽区人民政府", 2023)]
    [InlineData("039_", "平潭综合实验区", "平潭综合实验区", 2021)]
    [InlineData("009_", "道县文广新局", "道县文广新局", 2013)]
    public void Agency_and_year_come_from_the_title_and_the_fuller_name_from_the_text(string prefix, string written, string full, int year)
    {
        var report = corpus.Report(prefix);
        report.AgencyAsWritten.ShouldBe(written);
        report.Agency.ShouldBe(full);
        report.Year.ShouldBe(year);
    }

    [Fact]
    public void The_city_of_a_county_agency_is_taken_from_the_address_the_report_gives()
    {
        var report = corpus.Report("000_");
        report.Region.City.ShouldBe("枣庄市");
        report.Region.County.ShouldBe("市中区");
        report.Region.Province.ShouldBeNull();
        report.Level.ShouldBe(AdministrativeLevel.Department);
    }

    [Fact]
    public void A_county_never_gets_a_city_the_text_does_not_write()
    {
        var report = corpus.Report("002_9d");
        report.Region.County.ShouldBe("临淄区");
        report.Region.City.ShouldBeNull();
    }

    [Theory]
    [InlineData("003_", AdministrativeLevel.TownshipStreet)]
    [InlineData("002_huaian", AdministrativeLevel.City)]
    [InlineData("022_", AdministrativeLevel.County)]
    [InlineData("013_", AdministrativeLevel.TownshipStreet)]
    [InlineData("001_shanghai", AdministrativeLevel.Department)]
    public void Administrative_level_follows_the_agency_name(string prefix, AdministrativeLevel level)
    {
        corpus.Report(prefix).Level.ShouldBe(level);
    }

    [Theory]
    [InlineData("000_", 2025, 1, 16)]
    [InlineData("001_shanghai", 2020, 1, 31)]
    [InlineData("022_", 2015, 3, 15)]
    [InlineData("039_", 2022, 2, 8)]
    public void Publish_date_comes_from_the_closing_date_or_the_published_line(string prefix, int y, int m, int d)
    {
        corpus.Report(prefix).PublishDate.ShouldBe(new DateOnly(y, m, d));
    }

    [Theory]
    [InlineData("000_", ReportTemplate.Template2021)]
    [InlineData("001_shanghai", ReportTemplate.Template2019)]
    [InlineData("045_", ReportTemplate.Template2019)]
    [InlineData("013_", ReportTemplate.Pre2019)]
    public void Template_is_recognised(string prefix, ReportTemplate template)
    {
        corpus.Report(prefix).Template.ShouldBe(template);
    }

    [Fact]
    public void A_township_that_names_itself_only_in_passing_is_found()
    {
        var report = corpus.Report("013_");
        report.Agency.ShouldBe("南薰乡");
        report.Warnings.ShouldNotContain(w => w.Code == "agency-missing");
    }

    [Fact]
    public void Report_id_is_a_stable_content_hash()
    {
        var a = corpus.Report("000_");
        var again = new SearchMining.Core.Parsing.ReportParser().Parse(SampleCorpus.Text("000_"), "copy.txt").Report!;
        again.Id.ShouldBe(a.Id);
        again.Id.Length.ShouldBe(16);
        corpus.Report("001_49").Id.ShouldNotBe(a.Id);
    }
}
