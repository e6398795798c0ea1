using System.Text.Json;
using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed partial class IndexAndSearchCommandTests(IndexedCorpusFixture corpus) : IClassFixture<IndexedCorpusFixture>
{
    private static readonly int ReportCount = Directory.GetFiles(RepoPaths.SampleReports, "*.txt").Length;

    [Fact]
    public void Index_reports_every_sample_added_and_the_index_size()
    {
        var run = corpus.FirstRun;

        run.ExitCode.ShouldBe(0, run.ToString());
        run.OutputLines.ShouldContain($"[1/{ReportCount}] 000_ae1eda295b428d02.txt"); // redirected output: one line per file
        run.OutputLines.ShouldContain($"committed {ReportCount}/{ReportCount}");
        run.Output.ShouldContain($"{ReportCount} files: {ReportCount} added, 0 replaced, 0 unchanged, 0 failed");
        run.Output.ShouldContain($"{ReportCount} reports,");
        run.Error.ShouldNotContain("indexing without themes");
    }

    [Fact]
    public async Task Reindexing_the_same_folder_changes_nothing()
    {
        var again = await corpus.Cli.RunAsync("index", RepoPaths.SampleReports, "--index", corpus.IndexPath, "--model", IndexedCorpusFixture.Model);

        again.ExitCode.ShouldBe(0, again.ToString());
        again.Output.ShouldContain($"{ReportCount} files: 0 added, 0 replaced, {ReportCount} unchanged, 0 failed");
        again.Output.ShouldContain($"{ReportCount} reports,");
    }

    [Fact]
    public async Task Search_prints_hits_with_highlighted_snippets_and_facets()
    {
        var result = await corpus.Cli.RunAsync("search", "政策解读", "--index", corpus.IndexPath, "-n", "3");

        result.ExitCode.ShouldBe(0, result.ToString());
        var lines = result.OutputLines;
        lines[0].ShouldMatch(@"^\d+ sections match\.$");
        int.Parse(lines[0].Split(' ')[0]).ShouldBeGreaterThan(3);
        var hitAt = Enumerable.Range(0, lines.Count).Where(i => System.Text.RegularExpressions.Regex.IsMatch(lines[i], @"^\d\. ")).ToList();
        hitAt.Count.ShouldBe(3);
        hitAt.ShouldAllBe(i => lines[i].Contains("存在的主要问题")); // the topic is a typical shortcoming: problems sections (titles vary by report)
        foreach (var i in hitAt)
        {
            // each hit says which query words it holds, then a snippet with the word highlighted where the section writes it
            lines[i + 1].Trim().ShouldBe("(has: 政策解读)");
            lines[i + 2].ShouldContain("【政策解读】");
        }
        lines.ShouldContain(l => l.StartsWith("year: ", StringComparison.Ordinal) && l.Contains("2024 ("));
        lines.ShouldContain(l => l.StartsWith("section: problems (", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("theme: ", StringComparison.Ordinal) && l.Contains("interpretation ("));
        lines.ShouldContain(l => l.StartsWith("next page: --cursor ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_field_filter_narrows_the_hits()
    {
        var result = await corpus.Cli.RunAsync("search", "政策解读 year:2023", "--index", corpus.IndexPath);

        result.ExitCode.ShouldBe(0, result.ToString());
        var hits = result.OutputLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. ")).ToList();
        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(h => h.Contains(" 2023 · "));
        result.OutputLines.ShouldContain(l => l.StartsWith("year: 2023 (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_hits_carry_highlight_offsets_into_their_snippets()
    {
        var result = await corpus.Cli.RunAsync("search", "政策解读", "--index", corpus.IndexPath, "-n", "5", "--json");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("total").GetInt32().ShouldBeGreaterThan(5);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        hits.Count.ShouldBe(5);
        var highlighted = new List<string>();
        foreach (var snippet in hits.SelectMany(h => h.GetProperty("snippets").EnumerateArray()))
        {
            var text = snippet.GetProperty("text").GetString()!;
            foreach (var h in snippet.GetProperty("highlights").EnumerateArray())
                highlighted.Add(text[h[0].GetInt32()..h[1].GetInt32()]);
        }
        highlighted.ShouldContain("政策解读");
        highlighted.ShouldAllBe(w => w == "政策解读" || w == "政策" || w == "解读" || w == "解读政策");
    }

    [Fact]
    public async Task The_cursor_gives_the_next_page()
    {
        var first = await corpus.Cli.RunAsync("search", "政策解读", "--index", corpus.IndexPath, "-n", "3");
        var cursor = first.OutputLines.Single(l => l.StartsWith("next page: --cursor ", StringComparison.Ordinal))["next page: --cursor ".Length..];
        var second = await corpus.Cli.RunAsync("search", "政策解读", "--index", corpus.IndexPath, "-n", "3", "--cursor", cursor);

        second.ExitCode.ShouldBe(0, second.ToString());
        var ids = (CliResult r) => r.OutputLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. ")).Select(l => l.Split(' ')[^1]).ToList();
        ids(second).Count.ShouldBe(3);
        ids(second).ShouldAllBe(id => !ids(first).Contains(id));
    }

    [Fact]
    public async Task Group_prints_one_entry_per_report()
    {
        var result = await corpus.Cli.RunAsync("search", "政策解读", "--index", corpus.IndexPath, "-n", "4", "--group");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutputLines[0].ShouldMatch(@"^\d+ reports match\.$");
        var reports = result.OutputLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. ")).Select(l => l.Split(' ')[^1]).ToList();
        reports.Count.ShouldBe(4);
        reports.Distinct().Count().ShouldBe(4);
        // each group's sections belong to that report
        foreach (var report in reports)
            result.OutputLines.ShouldContain(l => l.StartsWith("   ", StringComparison.Ordinal) && l.EndsWith(report.Trim('(', ')') + "#5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Like_finds_other_sections_and_an_unknown_id_is_an_error()
    {
        // 临淄区工业和信息化局 2023, section 五 ("二是提升公开内容质量，加强政策解读…")
        var source = await corpus.Cli.RunAsync("search", "政策解读 year:2023 agency:临淄区工业和信息化局", "--index", corpus.IndexPath, "-n", "1");
        var sectionId = source.OutputLines[1].Split(' ')[^1];
        sectionId.ShouldEndWith("#5", customMessage: source.ToString());

        var like = await corpus.Cli.RunAsync("search", "--like", sectionId, "--index", corpus.IndexPath, "-n", "5");
        var unknown = await corpus.Cli.RunAsync("search", "--like", "nosuch", "--index", corpus.IndexPath);

        like.ExitCode.ShouldBe(0, like.ToString());
        var hits = like.OutputLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. ")).ToList();
        hits.Count.ShouldBe(5);
        hits.ShouldAllBe(h => !h.EndsWith(" " + sectionId, StringComparison.Ordinal));
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("No section with id 'nosuch'");
    }

    [Theory]
    [InlineData("\"政策解读", "Unclosed quote", 0)]
    [InlineData("year:abc", "'abc' is not a year", 5)]
    public async Task A_malformed_query_is_a_clear_error_with_a_caret(string query, string message, int position)
    {
        var result = await corpus.Cli.RunAsync("search", query, "--index", corpus.IndexPath);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Output.ShouldBeEmpty();
        var lines = result.Error.Split('\n');
        lines[0].ShouldContain(message);
        lines[1].ShouldBe("  " + query);
        lines[2].ShouldBe("  " + new string(' ', position) + "^");
    }

    [Fact]
    public async Task Search_without_an_index_says_how_to_build_one()
    {
        using var temp = new TempFolder();
        var result = await corpus.Cli.RunAsync("search", "政策解读", "--index", temp.File("none"));

        result.ExitCode.ShouldBe(3);
        result.Error.ShouldContain("build one with `searchmining index <folder>` first");
        Directory.Exists(temp.File("none")).ShouldBeFalse();
    }

    [Fact]
    public async Task Index_lists_each_failed_file_on_one_line_and_keeps_the_good_ones()
    {
        using var temp = new TempFolder();
        var corpusFolder = Directory.CreateDirectory(temp.File("reports")).FullName;
        foreach (var name in new[] { "037_hongze_quzhengfu_2023.txt", "002_huaian_shizhengfu_2024.txt" })
            File.Copy(RepoPaths.SampleReport(name), Path.Combine(corpusFolder, name));
        await File.WriteAllTextAsync(Path.Combine(corpusFolder, "empty.txt"), "");
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(Path.Combine(corpusFolder, "garbage.pdf"), garbage);

        var result = await corpus.Cli.RunAsync("index", corpusFolder, "--index", temp.File("index"), "--no-classifier");

        result.ExitCode.ShouldBe(1, result.ToString()); // some files failed
        result.Output.ShouldContain("4 files: 2 added, 0 replaced, 0 unchanged, 2 failed");
        result.Output.ShouldContain(": 2 reports,");
        var failures = result.Error.Split('\n').Where(l => l.StartsWith("  ✗ ", StringComparison.Ordinal)).ToList();
        failures.Count.ShouldBe(2, result.ToString());
        failures.ShouldContain(l => l.StartsWith("  ✗ empty.txt: Empty:", StringComparison.Ordinal));
        failures.ShouldContain(l => l.StartsWith("  ✗ garbage.pdf: Unreadable: pdftotext could not read the PDF", StringComparison.Ordinal) && l.Contains("xref"));
    }

    [Fact]
    public async Task Index_skips_a_file_that_is_not_a_report_and_still_succeeds()
    {
        using var temp = new TempFolder();
        var corpusFolder = Directory.CreateDirectory(temp.File("reports")).FullName;
        File.Copy(RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt"), Path.Combine(corpusFolder, "037_hongze_quzhengfu_2023.txt"));
        File.Copy(Path.Combine(RepoPaths.Root, "README.md"), Path.Combine(corpusFolder, "about-this-project.md")); // a README under another name

        var result = await corpus.Cli.RunAsync("index", corpusFolder, "--index", temp.File("index"), "--no-classifier");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("2 files: 1 added, 0 replaced, 0 unchanged, 0 failed, 1 skipped (not reports)");
        result.Error.ShouldContain("  – about-this-project.md: skipped, not a report");
        result.Output.ShouldContain(": 1 reports,");
    }

    [Fact]
    public async Task Reindexing_an_edited_file_replaces_its_earlier_version()
    {
        using var temp = new TempFolder();
        var corpusFolder = Directory.CreateDirectory(temp.File("reports")).FullName;
        var path = Path.Combine(corpusFolder, "037_hongze_quzhengfu_2023.txt");
        File.Copy(RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt"), path);
        (await corpus.Cli.RunAsync("index", corpusFolder, "--index", temp.File("index"), "--no-classifier")).ExitCode.ShouldBe(0);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("政务公开", "政务公开工作", StringComparison.Ordinal));

        var again = await corpus.Cli.RunAsync("index", corpusFolder, "--index", temp.File("index"), "--no-classifier");

        again.ExitCode.ShouldBe(0, again.ToString());
        again.Output.ShouldContain("1 files: 0 added, 1 replaced, 0 unchanged, 0 failed");
        again.OutputLines.ShouldContain(l => l.StartsWith("  ↻ 037_hongze_quzhengfu_2023.txt: new version ", StringComparison.Ordinal) && l.Contains(" replaces "));
        again.Output.ShouldContain(": 1 reports,");
    }

    [Fact]
    public async Task Index_of_a_folder_without_reports_exits_2()
    {
        using var temp = new TempFolder();
        var result = await corpus.Cli.RunAsync("index", temp.Path, "--index", temp.File("index"), "--no-classifier");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("No report files");
    }
}
