using System.Globalization;
using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class EvalRelevanceCommandTests
{
    private readonly CliRunner _cli = new();

    private static string Relevance(string file) => Path.Combine(RepoPaths.Root, "data", "relevance", file);

    [Fact]
    public async Task Scores_chosen_configurations_and_the_default_beats_requiring_every_word_and_no_related_words()
    {
        // Three of the configurations (the whole table takes long on a busy machine); --configs picks them by name.
        var result = await _cli.RunAsync("eval-relevance", "--corpus", RepoPaths.SampleReports,
            "--needs", Relevance("needs.tsv"), "--judgments", Relevance("judgments.tsv"), "--splits", "dev,all",
            "--configs", "default", "every query word required", "without related words");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutputLines[0].ShouldStartWith("17 reports from");
        var rows = result.OutputLines.Skip(3).Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToDictionary(r => r[0]);
        rows.Keys.ShouldBe(["every query word required", "without related words", "default"], ignoreOrder: true);
        foreach (var row in rows.Values)
        {
            row.Length.ShouldBe(7); // run, nDCG dev/all, recall dev/all, zero-hit dev/all
            row.Skip(1).Take(4).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ShouldAllBe(v => v >= 0 && v <= 1);
        }
        double Ndcg(string run) => double.Parse(rows[run][1], CultureInfo.InvariantCulture);
        Ndcg("default").ShouldBeGreaterThan(Ndcg("every query word required")); // the reason for coverage ranking
        Ndcg("default").ShouldBeGreaterThan(Ndcg("without related words"));
        rows["default"][5].ShouldBe("0"); // no judged need comes back empty
    }

    [Fact]
    public async Task Pooled_sets_must_not_share_need_ids()
    {
        var folder = Path.Combine(RepoPaths.Root, "data", "relevance");
        var result = await _cli.RunAsync("eval-relevance", "--set", folder, folder, "--cv", "5");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.Trim().ShouldBe("need id n01 is in more than one --set.");
    }

    [Fact]
    public async Task A_missing_needs_file_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var result = await _cli.RunAsync("eval-relevance", "--corpus", RepoPaths.SampleReports,
            "--needs", temp.File("needs.tsv"), "--judgments", Relevance("judgments.tsv"));

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.Trim().ShouldBe($"--needs: file not found: {temp.File("needs.tsv")}");
    }
}
