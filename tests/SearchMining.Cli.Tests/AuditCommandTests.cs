using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class AuditCommandTests
{
    private readonly CliRunner _cli = new();

    private static string Dev(string relative) => Path.Combine(RepoPaths.Root, "data", "corpus", relative);

    [Fact]
    public async Task Audit_prints_per_field_scores_and_the_errors_of_the_split_asked()
    {
        using var temp = new TempFolder();
        // two dev reports: one fact right, one deliberately wrong (the report states 2012)
        await File.WriteAllLinesAsync(temp.File("gold.jsonl"), [
            $$"""{"file":"{{Dev("pages/p004_zijin_fenganzhen_2012.txt")}}","agencyAsWritten":"凤安镇","year":2012}""",
            $$"""{"file":"{{Dev("pages/p057_hunan_shengzhengfu_2016.txt")}}","agencyAsWritten":"湖南省人民政府","year":2015}""",
        ]);

        var result = await _cli.RunAsync("audit", "--gold", temp.File("gold.jsonl"), "--split", "dev");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("audit of 2 gold reports (split: dev)");
        result.Output.ShouldContain("rejected (not parsed as a report): 0");
        result.Output.ShouldMatch(@"agencyAsWritten\s+2\s+2\s+1\.000");
        result.Output.ShouldMatch(@"year\s+2\s+1\s+0\.500");
        result.Output.ShouldContain("p057_hunan_shengzhengfu_2016.txt");
        result.Output.ShouldContain("year: 2015 → 2016");

        // the other side of the split holds neither report: nothing is parsed or shown
        var test = await _cli.RunAsync("audit", "--gold", temp.File("gold.jsonl"), "--split", "test");
        test.ExitCode.ShouldBe(0, test.ToString());
        test.Output.ShouldContain("audit of 0 gold reports (split: test)");
        test.Output.ShouldNotContain("p057");
    }

    [Fact]
    public async Task A_broken_gold_file_is_reported_with_its_line_and_exit_code_2()
    {
        using var temp = new TempFolder();
        await File.WriteAllLinesAsync(temp.File("gold.jsonl"), ["""{"file":"a.txt","agencyName":"x"}"""]);
        var result = await _cli.RunAsync("audit", "--gold", temp.File("gold.jsonl"));
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("line 1: unknown field 'agencyName'");
    }
}
