using SearchMining.Cli.Tests.Support;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class SegmentCommandTests
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Segment_cuts_a_real_sentence_in_precise_mode()
    {
        // 009_daoxian_wenguangxinju_2013 and others: "坚持以公开为常态、不公开为例外".
        var result = await _cli.RunAsync("segment", "本机关坚持以公开为常态、不公开为例外");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.Trim().ShouldBe("本 / 机关 / 坚持 / 以 / 公开 / 为 / 常态 / 、 / 不 / 公开 / 为 / 例外");
    }

    [Fact]
    public async Task Search_mode_adds_the_words_inside_a_long_word()
    {
        var precise = await _cli.RunAsync("segment", "推进政府信息公开工作");
        var search = await _cli.RunAsync("segment", "推进政府信息公开工作", "--mode", "search");

        precise.Output.Trim().ShouldBe("推进 / 政府信息公开 / 工作");
        search.ExitCode.ShouldBe(0, search.ToString());
        var tokens = search.Output.Trim().Split(" / ");
        tokens.ShouldContain("政府信息公开");
        foreach (var part in new[] { "政府", "信息", "公开", "信息公开" }) tokens.ShouldContain(part);
        tokens.ShouldNotContain("政府信息"); // not a dictionary word: search mode adds only known words
    }

    [Fact]
    public async Task Offsets_point_into_the_input()
    {
        const string text = "加强政策解读";
        var result = await _cli.RunAsync("segment", text, "--offsets");

        result.ExitCode.ShouldBe(0, result.ToString());
        foreach (var line in result.OutputLines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (start, end) = (int.Parse(parts[0]), int.Parse(parts[1]));
            text[start..end].ShouldBe(parts[2]);
        }
        result.OutputLines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2]).ShouldBe(["加强", "政策解读"]);
    }

    [Fact]
    public async Task Input_segments_a_file_line_by_line_into_space_separated_words()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("lines.txt"), "推进政府信息公开工作\n加强政策解读\n");

        var result = await _cli.RunAsync("segment", "--input", temp.File("lines.txt"));
        var missing = await _cli.RunAsync("segment", "--input", temp.File("none.txt"));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutputLines.ShouldBe(["推进 政府信息公开 工作", "加强 政策解读"]);
        missing.ExitCode.ShouldBe(2);
        missing.Error.ShouldContain("input not found:");
    }

    [Fact]
    public async Task No_text_is_a_usage_error()
    {
        var result = await _cli.RunAsync("segment");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("give the text to segment, or --input <file>");
    }
}
