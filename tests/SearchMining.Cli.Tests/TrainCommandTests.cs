using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class TrainCommandTests
{
    private readonly CliRunner _cli = new();

    private static string Themes(string file) => Path.Combine(RepoPaths.Root, "data", "themes", file);

    [Fact]
    public async Task Trains_a_model_into_the_given_paths_that_classify_can_use()
    {
        using var temp = new TempFolder();

        var train = await _cli.RunAsync("train", "--labels", Themes("labels.jsonl"), "--heldout", Themes("heldout-reports.txt"),
            "--output", temp.File("model.zip"), "--card", temp.File("card.md"), "--skip-cv", "--trainer", "SdcaLogistic");

        train.ExitCode.ShouldBe(0, train.ToString());
        train.Output.ShouldContain($"Wrote {temp.File("model.zip")} and {temp.File("card.md")}.");
        (await File.ReadAllTextAsync(temp.File("card.md"))).ShouldContain("— **SdcaLogistic");
        var classify = await _cli.RunAsync("classify", "加强业务培训", "--model", temp.File("model.zip"));
        classify.ExitCode.ShouldBe(0, classify.ToString());
        classify.OutputLines.ShouldContain("  themes: training");
    }

    [Fact]
    public async Task A_broken_labels_file_is_reported_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("labels.jsonl"), "{\"text\": \"加强业务培训\", \"kind\": \"measure\"\nnot json\n");

        var train = await _cli.RunAsync("train", "--labels", temp.File("labels.jsonl"), "--output", temp.File("model.zip"),
            "--card", temp.File("card.md"), "--skip-cv");

        train.ExitCode.ShouldBe(1, train.ToString());
        train.Error.ShouldContain(temp.File("labels.jsonl"));
        File.Exists(temp.File("model.zip")).ShouldBeFalse();
        File.Exists(temp.File("card.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_broken_second_annotator_file_is_reported_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("second.jsonl"), "{\"text\": \"加强业务培训\", \"source\": \"x.txt\", \"kind\": \"someday\", \"themes\": [\"training\"]}\n");

        var train = await _cli.RunAsync("train", "--labels", Themes("labels.jsonl"), "--second-annotator", temp.File("second.jsonl"),
            "--output", temp.File("model.zip"), "--card", temp.File("card.md"), "--skip-cv");

        train.ExitCode.ShouldBe(1, train.ToString());
        train.Error.ShouldContain(temp.File("second.jsonl"));
        File.Exists(temp.File("model.zip")).ShouldBeFalse();
    }
}
