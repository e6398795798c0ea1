using System.Text.Json;
using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class TrainCommandTests
{
    private readonly CliRunner _cli = new();

    private static string Themes(string file) => Path.Combine(RepoPaths.Root, "data", "themes", file);

    private static string CorpusLabels => File.Exists(Themes("real-settled.jsonl")) ? Themes("real-settled.jsonl") : Themes("real-a.jsonl");

    /// <summary>
    /// A small fixture, not a full train: 40 synthetic lines, the corpus lines of the three smallest dev agencies and of
    /// one test agency (picked by size, never read by a person).
    /// </summary>
    private static async Task WriteSmallDataAsync(TempFolder temp)
    {
        var synthetic = (await File.ReadAllLinesAsync(Themes("labels.jsonl"))).Where(l => l.Contains("\"synthetic\":true")).Take(40);
        await File.WriteAllLinesAsync(temp.File("labels.jsonl"), synthetic);
        var corpus = (await File.ReadAllLinesAsync(CorpusLabels)).Where(l => l.Length > 0)
            .Select(l => (Line: l, Row: JsonDocument.Parse(l).RootElement)).ToList();
        string Slug(JsonElement row) => row.GetProperty("slug").GetString()!;
        string Split(JsonElement row) => row.GetProperty("split").GetString()!;
        IEnumerable<string> Smallest(string split, int count) =>
            corpus.Where(c => Split(c.Row) == split).GroupBy(c => Slug(c.Row)).Where(g => g.Count() >= 3)
                .OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count).Select(g => g.Key);
        var keep = Smallest("dev", 3).Concat(Smallest("test", 1)).ToHashSet();
        await File.WriteAllLinesAsync(temp.File("corpus.jsonl"), corpus.Where(c => keep.Contains(Slug(c.Row))).Select(c => c.Line));
    }

    [Fact]
    public async Task Trains_on_dev_agencies_scores_the_test_split_when_asked_and_writes_a_model_classify_can_use()
    {
        using var temp = new TempFolder();
        await WriteSmallDataAsync(temp);

        var train = await _cli.RunAsync("train", "--labels", temp.File("labels.jsonl"), "--corpus", temp.File("corpus.jsonl"),
            "--second-annotator", temp.File("none.jsonl"), "--output", temp.File("model.zip"), "--card", temp.File("card.md"), "--quick", "--score-test");

        train.ExitCode.ShouldBe(0, train.ToString());
        train.Output.ShouldContain($"Wrote {temp.File("model.zip")} and {temp.File("card.md")}.");
        var card = await File.ReadAllTextAsync(temp.File("card.md"));
        card.ShouldContain("## Frozen test split (agencies never seen in training)");
        card.ShouldContain("| **model** |");
        card.ShouldContain("| baseline: THEMES.md keywords |");
        card.ShouldContain("## Dev: agency-grouped cross-validation");
        card.ShouldNotContain("Not scored in this run");
        var classify = await _cli.RunAsync("classify", "加强业务培训", "--model", temp.File("model.zip"));
        classify.ExitCode.ShouldBe(0, classify.ToString());
        classify.OutputLines.ShouldContain(l => l.StartsWith("  themes:"));
    }

    [Fact]
    public async Task With_dev_reports_train_stores_the_bigram_table_and_the_supervision_stacker()
    {
        using var temp = new TempFolder();
        await WriteSmallDataAsync(temp);
        var reports = Path.Combine(temp.Path, "repo", "samples", "reports");
        Directory.CreateDirectory(reports);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "samples", "reports"), "*.txt").Order(StringComparer.Ordinal).Take(6))
            File.Copy(file, Path.Combine(reports, Path.GetFileName(file)));

        var train = await _cli.RunAsync("train", "--labels", temp.File("labels.jsonl"), "--corpus", temp.File("corpus.jsonl"),
            "--second-annotator", temp.File("none.jsonl"), "--output", temp.File("model.zip"), "--card", temp.File("card.md"), "--quick",
            "--stacker", "--reports", Path.Combine(temp.Path, "repo"));

        train.ExitCode.ShouldBe(0, train.ToString());
        train.Output.ShouldContain("unlabelled text:");
        var card = await File.ReadAllTextAsync(temp.File("card.md"));
        card.ShouldContain("### Dev, the supervision stacker over wording learnt from unlabelled report text (round 10)");
        using (var zip = System.IO.Compression.ZipFile.OpenRead(temp.File("model.zip")))
            zip.GetEntry("bigrams.tsv").ShouldNotBeNull();
        var classify = await _cli.RunAsync("classify", "加强督促检查", "--model", temp.File("model.zip"));
        classify.ExitCode.ShouldBe(0, classify.ToString());
    }

    [Fact]
    public async Task Without_score_test_the_card_says_the_test_split_was_not_scored()
    {
        using var temp = new TempFolder();
        await WriteSmallDataAsync(temp);

        var train = await _cli.RunAsync("train", "--labels", temp.File("labels.jsonl"), "--corpus", temp.File("corpus.jsonl"),
            "--second-annotator", temp.File("none.jsonl"), "--output", temp.File("model.zip"), "--card", temp.File("card.md"), "--quick");

        train.ExitCode.ShouldBe(0, train.ToString());
        (await File.ReadAllTextAsync(temp.File("card.md"))).ShouldContain("Not scored in this run");
    }

    [Fact]
    public async Task A_broken_labels_file_is_reported_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("labels.jsonl"), "{\"text\": \"加强业务培训\", \"kind\": \"measure\"\nnot json\n");

        var train = await _cli.RunAsync("train", "--labels", temp.File("labels.jsonl"), "--corpus", CorpusLabels, "--output", temp.File("model.zip"),
            "--card", temp.File("card.md"), "--quick");

        train.ExitCode.ShouldBe(1, train.ToString());
        train.Error.ShouldContain(temp.File("labels.jsonl"));
        File.Exists(temp.File("model.zip")).ShouldBeFalse();
        File.Exists(temp.File("card.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_corpus_line_without_split_is_refused_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("corpus.jsonl"),
            "{\"text\": \"一是加强业务培训。\", \"source\": \"g001_a_ju_2020.txt\", \"kind\": \"measure\", \"themes\": [\"training\"], \"synthetic\": false}\n");

        var train = await _cli.RunAsync("train", "--labels", Themes("labels.jsonl"), "--corpus", temp.File("corpus.jsonl"),
            "--output", temp.File("model.zip"), "--card", temp.File("card.md"), "--quick");

        train.ExitCode.ShouldBe(1, train.ToString());
        train.Error.ShouldContain("no split or slug");
        File.Exists(temp.File("model.zip")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_broken_second_annotator_file_is_reported_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("second.jsonl"), "{\"text\": \"加强业务培训\", \"source\": \"x.txt\", \"kind\": \"someday\", \"themes\": [\"training\"]}\n");

        var train = await _cli.RunAsync("train", "--labels", Themes("labels.jsonl"), "--corpus", CorpusLabels, "--second-annotator", temp.File("second.jsonl"),
            "--output", temp.File("model.zip"), "--card", temp.File("card.md"), "--quick");

        train.ExitCode.ShouldBe(1, train.ToString());
        train.Error.ShouldContain(temp.File("second.jsonl"));
        File.Exists(temp.File("model.zip")).ShouldBeFalse();
    }
}
