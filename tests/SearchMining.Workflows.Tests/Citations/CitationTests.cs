using SearchMining.Tests.Shared;
using SearchMining.Workflows.Citations;
using SearchMining.Workflows.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Workflows.Tests.Citations;

[Collection(SampleCorpusCollection.Name)]
public sealed class CitationTests(SampleCorpusFixture fixture)
{
    private SearchMining.Core.Domain.Report Report(string file) =>
        fixture.Corpus.ListReports(null, 0, 100).Items.Where(r => r.SourceFile == file).Select(r => fixture.Corpus.GetReport(r.Id)!).Single();

    [Fact]
    public void A_section_citation_names_agency_title_year_section_url_and_says_what_is_not_stated()
    {
        var report = Report("039_pingtan_shiyanqu_2021.txt");
        var source = fixture.Workflows.Sources.Resolve(report);
        source.Origin.ShouldBe(ReportSource.FromCatalog);
        var problems = report.Sections.First(s => s.Topic == SearchMining.Core.Domain.SectionTopic.Problems);

        var citation = CitationFormatter.For(report, problems, source);

        citation.Agency.ShouldBe(report.Agency);
        citation.Year.ShouldBe(2021);
        citation.Title.ShouldBe($"{report.Agency}2021年度政府信息公开工作年度报告");
        citation.Section.ShouldBe(problems.Number + "、" + problems.Title);
        citation.Url.ShouldStartWith("https://www.pingtan.gov.cn/");
        citation.Text.ShouldStartWith(report.Agency + ". " + citation.Title + "：" + citation.Section + "[EB/OL]");
        citation.Text.ShouldContain(citation.Url!);
        citation.Text.ShouldContain("[" + CitationFormatter.NotStated + "]"); // no retrieved date in the catalogue
        if (report.PublishDate is null) citation.Text.ShouldContain("(" + CitationFormatter.NotStated + ")");
    }

    [Fact]
    public void A_report_without_a_catalogue_row_is_cited_without_an_address()
    {
        var report = fixture.Corpus.GetReport(fixture.Corpus.ListReports(null, 0, 100).Items.First(r => r.SourceFile.StartsWith("000_", StringComparison.Ordinal)).Id)!;
        var source = fixture.Workflows.Sources.Resolve(report);
        source.ShouldBe(ReportSource.None);
        var citation = CitationFormatter.For(report, null, source);
        citation.Section.ShouldBeNull();
        citation.Url.ShouldBeNull();
        citation.Text.ShouldEndWith("网址" + CitationFormatter.NotStated + ".");
        fixture.Workflows.Sources.OriginalPath(report).ShouldBeNull();
        fixture.Workflows.Sources.OriginalPath(Report("038_hongze_quzhengfu_2024.txt")).ShouldBe(RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt"));
    }
}
