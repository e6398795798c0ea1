using SearchMining.Tests.Shared;
using SearchMining.Workflows.Citations;
using Shouldly;

namespace SearchMining.Workflows.Tests.Citations;

public sealed class SourceCatalogTests
{
    private static readonly SourceCatalog Catalog = SourceCatalog.Load([RepoPaths.SampleReports, Path.Combine(RepoPaths.Root, "data", "corpus")]);

    [Fact]
    public void Every_row_of_the_repository_catalogues_is_found_by_its_file_name()
    {
        Catalog.Catalogs.ShouldContain(Path.Combine(RepoPaths.SampleReports, SourceCatalog.CatalogFileName));
        var rows = Catalog.Catalogs.SelectMany(c => File.ReadAllLines(c).Skip(1).Where(l => l.Trim().Length > 0)).Select(l => l.Split('\t')[0]).ToList();
        rows.Count.ShouldBeGreaterThan(100);
        Catalog.Count.ShouldBe(rows.Distinct().Count());
        foreach (var file in rows) Catalog.Find(file).ShouldNotBeNull(file);
        Catalog.Find("no-such-file.txt").ShouldBeNull();
        Catalog.Find(Path.Combine("any", "folder", "037_hongze_quzhengfu_2023.txt"))!.FileName.ShouldBe("037_hongze_quzhengfu_2023.txt");
    }

    [Fact]
    public void The_url_to_cite_is_the_original_page_then_any_url_then_the_repository()
    {
        // Crawl copy: the row names the crawl's repository and the original page; the page is cited.
        var pingtan = Catalog.Find("039_pingtan_shiyanqu_2021.txt")!;
        pingtan.Source.ShouldStartWith("github:");
        pingtan.Url.ShouldNotBeNull();
        pingtan.Url.ShouldStartWith("https://www.pingtan.gov.cn/");
        pingtan.Url.ShouldNotContain(")");
        // A plain URL row.
        var haizhu = Catalog.Find("027_haizhu_guanzhou_jiedao_2023.txt")!;
        haizhu.Url.ShouldBe(haizhu.Source.Trim());
        // A repository reference without a URL: the repository's address.
        Catalog.Find("037_hongze_quzhengfu_2023.txt")!.Url.ShouldBe("https://github.com/zxj6827111-blip/KIROGOVCOMPARE");
        // A row that names no address at all.
        Catalog.Find("001_shanghai_shizhengfu_bangongting_2019.txt")!.Url.ShouldBeNull();
        // Every URL found is one the row's source text holds (or the repository it names).
        foreach (var entry in Catalog.Entries.Where(e => e.Url is not null))
            (entry.Source.Contains(entry.Url!, StringComparison.Ordinal) || entry.Url!.StartsWith("https://github.com/", StringComparison.Ordinal)).ShouldBeTrue(entry.FileName);
    }

    [Fact]
    public void A_bundled_file_is_found_beside_its_catalogue_and_a_retrieved_column_is_read()
    {
        Catalog.Find("038_hongze_quzhengfu_2024.txt")!.FilePath.ShouldBe(RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt"));

        using var folder = new Fixtures.TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, SourceCatalog.CatalogFileName),
            "file\tagency\tyear\tsource\tretrieved\nx.txt\t某县人民政府\t2022\thttps://example.gov.cn/a.html（镜像）\t2025-03-04\ny.txt\t\tabc\t\tnot-a-date\n");
        var catalog = SourceCatalog.Load([folder.Path]);
        var x = catalog.Find("x.txt")!;
        x.Url.ShouldBe("https://example.gov.cn/a.html");
        x.Retrieved.ShouldBe(new DateOnly(2025, 3, 4));
        x.Year.ShouldBe(2022);
        x.FilePath.ShouldBeNull();
        var y = catalog.Find("y.txt")!;
        (y.Year, y.Retrieved, y.Url, y.Agency).ShouldBe((null, null, null, null));
    }
}
