using System.Text.Json;
using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class CheckCommandTests
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task A_folder_is_checked_across_years_and_summarised_per_rule()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "037_hongze_quzhengfu_2023.txt", "038_hongze_quzhengfu_2024.txt" })
            File.Copy(RepoPaths.SampleReport(name), temp.File(name));

        var result = await _cli.RunAsync("check", temp.Path);

        result.ExitCode.ShouldBe(0, result.ToString());
        var lines = result.OutputLines;
        // 2023: the published table 四 does not add up (行政复议 10 + 1 with 总计 0)
        lines.ShouldContain(l => l.Contains("FAIL") && l.Contains("check-review-litigation-total") && l.Contains("维持 10 + 纠正 1"));
        // 2024 is compared with 2023: carry-over passes, so it is not listed; the summary counts both reports
        lines.ShouldContain(l => l.StartsWith("038_hongze_quzhengfu_2024.txt") && l.Contains("compared with"));
        lines.ShouldContain(l => l.StartsWith("check-carry-over") && l.Contains(" 1 ") );
        lines.ShouldContain(l => l.StartsWith("rule") && l.Contains("PASS") && l.Contains("FAIL"));
    }

    [Fact]
    public async Task Json_gives_every_result_with_its_evidence()
    {
        var result = await _cli.RunAsync("check", RepoPaths.SampleReport("045_pingtan_shiyanqu_2020.txt"), "--json");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var report = json.RootElement.EnumerateArray().Single();
        var fails = report.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "Fail").ToList();
        fails.Select(f => f.GetProperty("rule").GetString()).Distinct().ShouldBe(["check-application-result-total"]);
        var total = fails.First(f => f.GetProperty("subject").GetString() == "自然人").GetProperty("items").EnumerateArray().First();
        total.GetProperty("row").GetString().ShouldBe("result.total");
        total.GetProperty("text").GetString().ShouldBe("20");
        // without the other years the cross-year rules cannot be assessed
        report.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "check-carry-over")
            .GetProperty("status").GetString().ShouldBe("NotAssessable");
    }

    [Fact]
    public async Task History_finds_last_years_report_for_a_single_file_and_csv_has_a_line_per_result()
    {
        var result = await _cli.RunAsync("check", RepoPaths.SampleReport("040_pingtan_shiyanqu_2022.txt"), "--history", RepoPaths.SampleReports, "--csv");

        result.ExitCode.ShouldBe(0, result.ToString());
        var lines = result.OutputLines;
        lines[0].ShouldStartWith("report_id,file,agency,year,rule,category,status,subject,score,evidence,cells,previous_report_id");
        var carry = lines.Where(l => l.Contains(",check-carry-over,")).ToList();
        carry.Count.ShouldBe(7);
        carry.ShouldAllBe(l => l.Contains(",PASS,"));
    }

    [Fact]
    public async Task A_missing_path_is_an_error_with_exit_code_2()
    {
        using var temp = new TempFolder();
        var result = await _cli.RunAsync("check", temp.File("nowhere"));
        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("no such file or folder");
    }
}
