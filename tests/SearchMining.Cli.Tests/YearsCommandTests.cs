using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

/// <summary><c>compare</c> and <c>agencies</c> on the real sample series, read from files (no index needed).</summary>
public sealed class YearsCommandTests
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Compare_prints_the_reuse_rate_the_sections_by_topic_and_the_changed_cells()
    {
        var result = await _cli.RunAsync("compare", RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt"), RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt"),
            "--from", RepoPaths.SampleReports, "--cells", "--sentences");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutputLines[0].ShouldStartWith("this year: 038_hongze_quzhengfu_2024.txt");
        result.OutputLines[2].ShouldMatch(@"^reuse:\s+\d+\.\d% of this year's text is found again in last year's");
        result.OutputLines.ShouldContain(l => l.StartsWith("Problems ", StringComparison.Ordinal) && l.Contains(" 五 "));
        result.Output.ShouldContain("applications | 一、本年新收政府信息公开申请数量 | Total: 21 → 95 +74 (Changed)");
        result.Output.ShouldContain("  ~ 针对存在问题，2025 年我们将切实抓好以下工作");
    }

    [Fact]
    public async Task Compare_without_a_second_report_takes_the_agencys_previous_one_and_refuses_an_unknown_id()
    {
        var result = await _cli.RunAsync("compare", RepoPaths.SampleReport("040_pingtan_shiyanqu_2022.txt"), "--from", RepoPaths.SampleReports);
        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutputLines[1].ShouldStartWith("last year: 039_pingtan_shiyanqu_2021.txt");

        var unknown = await _cli.RunAsync("compare", "0000000000000000", "--from", RepoPaths.SampleReports);
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("neither a file nor a report id");
    }

    [Fact]
    public async Task Agencies_lists_the_series_and_prints_a_timeline_with_each_promise_followed()
    {
        var list = await _cli.RunAsync("agencies", "--from", RepoPaths.SampleReports);
        list.ExitCode.ShouldBe(0, list.ToString());
        list.OutputLines.ShouldContain(l => l.StartsWith("淮安市·洪泽区·政府\t淮安市洪泽区人民政府\tCounty\t2023,2024\t2 report(s)\t2 name(s)", StringComparison.Ordinal));
        list.OutputLines[^1].ShouldContain("agencies, 2 with reports of two or more years");

        var timeline = await _cli.RunAsync("agencies", "平潭综合实验区·政府", "--from", RepoPaths.SampleReports, "--model", IndexedCorpusFixture.Model);
        timeline.ExitCode.ShouldBe(0, timeline.ToString());
        timeline.Output.ShouldContain("2021  039_pingtan_shiyanqu_2021.txt");
        timeline.Output.ShouldContain("→ 2022: Repeated (Problem");
        timeline.Output.ShouldContain("→ no report of the next year yet");
        timeline.Output.ShouldContain("recurring problem themes:");
        timeline.Error.ShouldNotContain("No themes");

        var merge = await _cli.RunAsync("agencies", "--from", RepoPaths.SampleReports, "--merge", "淮安市·洪泽区·政府", "淮安市·政府");
        merge.ExitCode.ShouldBe(2);
        merge.Error.ShouldContain("beside an index");
    }
}
