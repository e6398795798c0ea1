using System.Text.Json;
using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class LabelCommandTests
{
    private const string Report = "037_hongze_quzhengfu_2023.txt";
    private const string FirstStatement = "2023 年，洪泽区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。";
    private const string SecondStatement = "如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、政务公开队伍建设有待加强等。";
    private const string ThirdStatement = "一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，全面提升政府信息依申请公开规范化、专业化水平。";

    private readonly CliRunner _cli = new();

    /// <summary>In report order, so the tests know which statement comes when.</summary>
    private Task<CliResult> LabelAsync(TempFolder temp, string stdin, params string[] extra) =>
        _cli.RunAsync(["label", RepoPaths.SampleReport(Report), "--labels", temp.File("labels.jsonl"), "--model", IndexedCorpusFixture.Model, "--order", "File", .. extra], stdin);

    [Fact]
    public async Task By_default_the_statements_the_model_is_least_sure_of_come_first()
    {
        using var temp = new TempFolder();

        var result = await _cli.RunAsync(["label", RepoPaths.SampleReport(Report), "--labels", temp.File("labels.jsonl"), "--model", IndexedCorpusFixture.Model, "--list"], "");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("least sure of first");
        var offered = Offered(result);
        offered.Count.ShouldBe(5);
        var margins = result.OutputLines.Where(l => l.StartsWith("  suggestion:", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(l.LastIndexOf("(margin ", StringComparison.Ordinal) + 8)..].TrimEnd(')'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        margins.Count.ShouldBe(5);
        margins.ShouldBe(margins.Order().ToList()); // ascending: least sure first
        var fileOrder = Offered(await LabelAsync(temp, "", "--list"));
        fileOrder[0].ShouldBe(FirstStatement);
        offered.ShouldBe(fileOrder, ignoreOrder: true);
    }

    [Fact]
    public async Task Answers_are_appended_to_the_labels_file_and_not_asked_again()
    {
        using var temp = new TempFolder();

        // skip the first, correct the second's themes, quit
        var first = await LabelAsync(temp, "s\np coverage,training\nq\n");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.OutputLines[0].ShouldBe($"{Report}: 5 statements, 5 not yet labelled.");
        first.Output.ShouldContain($"[1/5] {FirstStatement}");
        first.Output.ShouldContain($"Added 1 labelled statements to {temp.File("labels.jsonl")}.");
        var rows = await ReadLabelsAsync(temp);
        rows.Count.ShouldBe(1);
        rows[0].GetProperty("text").GetString().ShouldBe(SecondStatement);
        rows[0].GetProperty("source").GetString().ShouldBe(Report);
        rows[0].GetProperty("group").GetString().ShouldBe("淮安市洪泽区人民政府");
        rows[0].GetProperty("kind").GetString().ShouldBe("problem");
        rows[0].GetProperty("themes").EnumerateArray().Select(t => t.GetString()).ShouldBe(["coverage", "training"]);
        rows[0].GetProperty("synthetic").GetBoolean().ShouldBeFalse();

        // second session: the labelled statement is no longer offered; Enter accepts the suggestion
        var second = await LabelAsync(temp, "\nq\n");

        second.OutputLines[0].ShouldBe($"{Report}: 5 statements, 4 not yet labelled.");
        second.Output.ShouldNotContain(SecondStatement);
        rows = await ReadLabelsAsync(temp);
        rows.Count.ShouldBe(2);
        rows[1].GetProperty("text").GetString().ShouldBe(FirstStatement);
        rows[1].GetProperty("kind").GetString().ShouldBe("problem"); // the parser's kind, as suggested
    }

    [Fact]
    public async Task An_invalid_answer_is_explained_and_asked_again()
    {
        using var temp = new TempFolder();

        var result = await LabelAsync(temp, "x training\nm nosuchtheme\nm training\nq\n");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("unknown kind 'x' (p, r, m)");
        result.Output.ShouldContain("unknown theme 'nosuchtheme'");
        var rows = await ReadLabelsAsync(temp);
        rows.Count.ShouldBe(1);
        rows[0].GetProperty("kind").GetString().ShouldBe("measure");
    }

    [Fact]
    public async Task List_shows_pending_statements_with_suggestions_and_writes_nothing()
    {
        using var temp = new TempFolder();

        var result = await LabelAsync(temp, "", "--list");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain($"[3/5] {ThirdStatement}");
        result.Output.ShouldContain("suggestion: measure standardization");
        result.Output.ShouldContain("Added 0 labelled statements");
        File.Exists(temp.File("labels.jsonl")).ShouldBeFalse();
    }

    [Fact]
    public async Task End_of_input_quits_without_labelling()
    {
        using var temp = new TempFolder();

        var result = await LabelAsync(temp, "");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("Added 0 labelled statements");
        File.Exists(temp.File("labels.jsonl")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_broken_labels_file_is_reported_and_left_alone()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("labels.jsonl"), "not json\n");

        var result = await LabelAsync(temp, "\n\nq\n");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldStartWith(temp.File("labels.jsonl") + ": ");
        (await File.ReadAllTextAsync(temp.File("labels.jsonl"))).ShouldBe("not json\n");
    }

    [Fact]
    public async Task A_file_that_is_not_a_report_is_an_error()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("empty.txt"), "");

        var result = await _cli.RunAsync(["label", temp.File("empty.txt"), "--labels", temp.File("labels.jsonl")], "");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("empty.txt: Empty:");
        File.Exists(temp.File("labels.jsonl")).ShouldBeFalse();
    }

    private static List<string> Offered(CliResult result) =>
        result.OutputLines.Where(l => l.StartsWith('[')).Select(l => l[(l.IndexOf(']') + 2)..]).ToList();

    private static async Task<List<JsonElement>> ReadLabelsAsync(TempFolder temp) =>
        (await File.ReadAllLinesAsync(temp.File("labels.jsonl")))
        .Where(l => l.Length > 0)
        .Select(l => JsonDocument.Parse(l).RootElement.Clone())
        .ToList();
}
