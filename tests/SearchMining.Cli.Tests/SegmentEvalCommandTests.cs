using SearchMining.Cli.Tests.Support;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class SegmentEvalCommandTests
{
    private readonly CliRunner _cli = new();

    // Gold: 6 + 3 = 9 words. jieba's dictionary alone cuts 本/机关/坚持/以/公开/为/常态 (7, of which 坚持 以 公开 为 常态
    // are gold) and 推进/政府/信息/公开/工作 (5, of which 推进 工作 are gold): P = 7/12, R = 7/9, F1 = 14/21.
    private const string Gold = "本机关 坚持 以 公开 为 常态\n推进 政府信息公开 工作\n";

    [Fact]
    public async Task Scores_precision_recall_and_f1_against_a_small_gold_file()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("gold.utf8"), Gold);

        var result = await _cli.RunAsync("segment-eval", "--gold", temp.File("gold.utf8"), "--hmm", "on");

        result.ExitCode.ShouldBe(0, result.ToString());
        var row = Row(result, "HMM");
        row[1].ShouldBe($"{7 / 12.0:F4}");
        row[2].ShouldBe($"{7 / 9.0:F4}");
        row[3].ShouldBe($"{14 / 21.0:F4}");
        row[4].ShouldBe("-"); // no --oov-words: no OOV recall (was printed as NaN)
        row[5].ShouldBe("9");
    }

    [Fact]
    public async Task The_domain_dictionary_keeps_政府信息公开_whole()
    {
        // With the bundled domain dictionary the second line is cut as gold: 8 of 10 predicted words, 8 of 9 gold words.
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("gold.utf8"), Gold);

        var result = await _cli.RunAsync("segment-eval", "--gold", temp.File("gold.utf8"), "--hmm", "off", "--domain-dict");

        result.ExitCode.ShouldBe(0, result.ToString());
        var row = Row(result, "no HMM");
        row[1].ShouldBe($"{8 / 10.0:F4}");
        row[2].ShouldBe($"{8 / 9.0:F4}");
        row[3].ShouldBe($"{16 / 19.0:F4}");
    }

    [Fact]
    public async Task Oov_recall_counts_gold_words_missing_from_the_training_list()
    {
        // Training words lack 常态 and 政府信息公开: the segmenter finds 常态 but not 政府信息公开 → OOV recall 1/2.
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("gold.utf8"), Gold);
        await File.WriteAllTextAsync(temp.File("words.utf8"), "本机关\n坚持\n以\n公开\n为\n推进\n工作\n");

        var result = await _cli.RunAsync("segment-eval", "--gold", temp.File("gold.utf8"), "--hmm", "on", "--oov-words", temp.File("words.utf8"));

        result.ExitCode.ShouldBe(0, result.ToString());
        Row(result, "HMM")[4].ShouldBe($"{0.5:F4}");
    }

    [Fact]
    public async Task Text_and_gold_of_different_lengths_is_an_error()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("gold.utf8"), Gold);
        await File.WriteAllTextAsync(temp.File("raw.utf8"), "本机关坚持以公开为常态\n");

        var result = await _cli.RunAsync("segment-eval", "--gold", temp.File("gold.utf8"), "--text", temp.File("raw.utf8"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--text has 1 lines but --gold has 2");
    }

    /// <summary>The score row of one HMM setting, split on spaces with the setting name as the first cell.</summary>
    [Fact]
    public async Task The_jieba_NET_package_scores_like_our_segmenter_in_strict_jieba_mode()
    {
        // jieba.NET is jieba with jieba's dictionary: on the same sentences it must cut exactly as --strict-jieba without
        // the domain dictionary (7/12, 7/9 above), and SmartCn is run through the same scorer.
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("gold.utf8"), Gold);

        var jiebaNet = await _cli.RunAsync("segment-eval", "--gold", temp.File("gold.utf8"), "--engine", "jiebanet", "--hmm", "both");
        var ours = await _cli.RunAsync("segment-eval", "--gold", temp.File("gold.utf8"), "--strict-jieba", "--hmm", "both");
        var smartCn = await _cli.RunAsync("segment-eval", "--gold", temp.File("gold.utf8"), "--engine", "smartcn");

        jiebaNet.ExitCode.ShouldBe(0, jiebaNet.ToString());
        Row(jiebaNet, "jieba.NET HMM")[1..4].ShouldBe(Row(ours, "HMM")[1..4]);
        Row(jiebaNet, "jieba.NET no HMM")[1..4].ShouldBe(Row(ours, "no HMM")[1..4]);
        Row(jiebaNet, "jieba.NET HMM")[1].ShouldBe($"{7 / 12.0:F4}");
        smartCn.ExitCode.ShouldBe(0, smartCn.ToString());
        double.Parse(Row(smartCn, "SmartCn")[3], System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(0.0, 1.0);
    }

    private static string[] Row(CliResult result, string setting)
    {
        var line = result.OutputLines.Single(l => l.StartsWith(setting + " ", StringComparison.Ordinal));
        return [setting, .. line[setting.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
