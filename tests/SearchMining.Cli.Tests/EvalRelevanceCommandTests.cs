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
    public async Task Scores_every_configuration_and_the_default_beats_the_plain_fields()
    {
        var result = await _cli.RunAsync("eval-relevance", "--corpus", RepoPaths.SampleReports,
            "--needs", Relevance("needs.tsv"), "--judgments", Relevance("judgments.tsv"));

        result.ExitCode.ShouldBe(0, result.ToString());
        var rows = result.OutputLines.Skip(2).Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToDictionary(r => r[0]);
        rows.Count.ShouldBe(7, result.ToString());
        foreach (var row in rows.Values)
            row.Skip(1).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ShouldAllBe(v => v >= 0 && v <= 1);
        var chosen = double.Parse(rows["default (both + exact + synonyms + problems intent)"][1], CultureInfo.InvariantCulture);
        var plain = double.Parse(rows["both fields"][1], CultureInfo.InvariantCulture);
        chosen.ShouldBeGreaterThan(plain); // what docs/RELEVANCE.md chose the default for
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
