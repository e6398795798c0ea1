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

    [Fact]
    public void An_uploads_own_source_url_and_received_day_are_cited_and_its_kept_bytes_are_the_original()
    {
        var report = Report("038_hongze_quzhengfu_2024.txt");
        var bytes = System.Text.Encoding.UTF8.GetBytes("上传的原件");
        var received = new DateTimeOffset(2026, 3, 4, 23, 30, 0, TimeSpan.FromHours(-2)); // 2026-03-05 in UTC
        var kept = new KeptOriginal("hongze-2024.txt", "text/plain", Uploaded: true, "https://www.hongze.gov.cn/nb2024.html", received, () => bytes);
        var sources = new ReportSources(fixture.Workflows.Sources.Catalog, id => id == report.Id ? kept : null);

        var source = sources.Resolve(report);
        source.ShouldBe(new ReportSource("https://www.hongze.gov.cn/nb2024.html", new DateOnly(2026, 3, 5), ReportSource.FromUpload, null));
        CitationFormatter.For(report, null, source).Text.ShouldContain("[2026-03-05]. https://www.hongze.gov.cn/nb2024.html.");
        var original = sources.Original(report)!;
        original.FileName.ShouldBe("hongze-2024.txt");
        using (var stream = original.Open()) new StreamReader(stream).ReadToEnd().ShouldBe("上传的原件");

        // A bundled report the store keeps (not uploaded) is still cited from its catalogue row.
        var bundled = CatalogueOnly(report, kept with { Uploaded = false });
        bundled.Origin.ShouldBe(ReportSource.FromCatalog);
    }

    private ReportSource CatalogueOnly(SearchMining.Core.Domain.Report report, KeptOriginal kept) =>
        new ReportSources(fixture.Workflows.Sources.Catalog, id => id == report.Id ? kept : null).Resolve(report);
}
