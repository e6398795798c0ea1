using SearchMining.Cli.Tests.Support;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class ClassifyCommandTests
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Classifies_kind_and_themes_with_the_committed_model()
    {
        var result = await _cli.RunAsync("classify", "加强业务培训", "下一步，我局将加强政策解读", "--model", IndexedCorpusFixture.Model);

        result.ExitCode.ShouldBe(0, result.ToString());
        var blocks = Blocks(result);
        blocks["加强业务培训"].ShouldContain(l => l.StartsWith("kind:   measure", StringComparison.Ordinal));
        blocks["加强业务培训"].ShouldContain("themes: training");
        blocks["下一步，我局将加强政策解读"].ShouldContain(l => l.StartsWith("kind:   measure", StringComparison.Ordinal));
        blocks["下一步，我局将加强政策解读"].ShouldContain("themes: interpretation");
        // every theme is scored, the chosen ones marked
        blocks["加强业务培训"].Count(l => l.Contains("(threshold ")).ShouldBe(10);
        blocks["加强业务培训"].ShouldContain(l => l.StartsWith("* training ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Classifies_a_real_problem_statement_as_a_problem()
    {
        // 037_hongze_quzhengfu_2023, section 五.
        const string text = "如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、政务公开队伍建设有待加强等。";
        var result = await _cli.RunAsync("classify", text, "--model", IndexedCorpusFixture.Model);

        result.ExitCode.ShouldBe(0, result.ToString());
        Blocks(result)[text].ShouldContain(l => l.StartsWith("kind:   problem", StringComparison.Ordinal));
        Blocks(result)[text].ShouldContain("rule:   problem"); // 有待 is a shortcoming word of the parser's rules
    }

    [Fact]
    public async Task An_empty_statement_is_a_usage_error()
    {
        var result = await _cli.RunAsync("classify", "加强业务培训", "  ", "--model", IndexedCorpusFixture.Model);

        result.ExitCode.ShouldBe(2);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("nothing to classify");
    }

    [Fact]
    public async Task A_missing_model_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var result = await _cli.RunAsync("classify", "加强业务培训", "--model", temp.File("no-model.zip"));

        result.ExitCode.ShouldBe(2);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("Theme model not found");
        result.Error.ShouldContain("no-model.zip");
    }

    [Fact]
    public async Task A_file_that_is_not_a_model_is_a_clear_error()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("model.zip"), "not a zip");
        var result = await _cli.RunAsync("classify", "加强业务培训", "--model", temp.File("model.zip"));

        result.ExitCode.ShouldBe(2);
        result.Output.ShouldBeEmpty();
        result.Error.Trim().ShouldNotBeEmpty();
    }

    /// <summary>Output lines grouped under the statement they follow (lines without indentation start a block).</summary>
    private static Dictionary<string, List<string>> Blocks(CliResult result)
    {
        var blocks = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in result.OutputLines)
        {
            if (!line.StartsWith(' ')) blocks[line] = current = [];
            else current!.Add(line.Trim());
        }
        return blocks;
    }
}
