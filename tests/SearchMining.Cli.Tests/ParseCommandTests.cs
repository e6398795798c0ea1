using System.Text.Json;
using SearchMining.Cli.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class ParseCommandTests
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Parse_json_gives_the_real_reports_agency_year_and_sections()
    {
        var result = await _cli.RunAsync("parse", RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt"), "--json");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("succeeded").GetBoolean().ShouldBeTrue();
        var report = json.RootElement.GetProperty("report");
        report.GetProperty("agency").GetString().ShouldBe("淮安市洪泽区人民政府");
        report.GetProperty("agencyAsWritten").GetString().ShouldBe("洪泽区人民政府");
        report.GetProperty("year").GetInt32().ShouldBe(2023);
        report.GetProperty("template").GetString().ShouldBe("Template2021");
        var sections = report.GetProperty("sections").EnumerateArray()
            .Select(s => $"{s.GetProperty("number").GetString()}、{s.GetProperty("title").GetString()}").ToList();
        sections.ShouldBe([
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ]);
        report.GetProperty("statements").EnumerateArray().First().GetProperty("text").GetString()
            .ShouldBe("2023 年，洪泽区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。");
    }

    [Fact]
    public async Task Parse_json_of_a_missing_file_reports_the_error_and_exits_1()
    {
        using var temp = new TempFolder();
        var result = await _cli.RunAsync("parse", temp.File("nowhere.txt"), "--json");

        result.ExitCode.ShouldBe(1, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("succeeded").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("error").GetProperty("message").GetString()!.ShouldContain("File not found");
    }

    [Fact]
    public async Task Parse_folder_prints_one_line_per_file_and_goes_on_past_bad_files()
    {
        using var temp = new TempFolder();
        var reports = Directory.GetFiles(RepoPaths.SampleReports, "*.txt");
        foreach (var file in reports) File.Copy(file, temp.File(Path.GetFileName(file)));
        await File.WriteAllTextAsync(temp.File("a_empty.txt"), "");
        await File.WriteAllTextAsync(temp.File("b_notes.xyz"), "政府信息公开工作年度报告");
        await File.WriteAllBytesAsync(temp.File("c_garbage.txt"), Garbage(4096, seed: 1));
        await File.WriteAllBytesAsync(temp.File("d_garbage.pdf"), Garbage(4096, seed: 2));

        var result = await _cli.RunAsync("parse", temp.Path);

        result.ExitCode.ShouldBe(0, result.ToString()); // at least one file parsed
        var lines = result.OutputLines;
        lines.Count.ShouldBe(reports.Length + 4 + 1, result.ToString()); // one line per file, then the total
        Line(lines, "a_empty.txt").ShouldStartWith("ERR");
        Line(lines, "a_empty.txt").ShouldContain("Empty: The file is empty (0 bytes).");
        Line(lines, "b_notes.xyz").ShouldContain("UnsupportedFormat: 'b_notes.xyz' is not a supported format");
        Line(lines, "c_garbage.txt").ShouldContain("Unreadable: The file looks binary");
        Line(lines, "d_garbage.pdf").ShouldContain("Unreadable: pdftotext could not read the PDF");
        Line(lines, "d_garbage.pdf").ShouldContain("xref"); // pdftotext's last stderr line stays on the file's line
        Line(lines, "037_hongze_quzhengfu_2023.txt").ShouldStartWith("OK");
        Line(lines, "037_hongze_quzhengfu_2023.txt").ShouldContain("淮安市洪泽区人民政府  2023  Template2021  sections=6");
        Line(lines, "009_daoxian_wenguangxinju_2013.txt").ShouldContain("道县文广新局  2013  Pre2019");
        lines.Count(l => l.StartsWith("OK ", StringComparison.Ordinal)).ShouldBe(reports.Length);
        lines[^1].ShouldStartWith($"{reports.Length + 4} files: {reports.Length} parsed, 4 failed,");
    }

    [Fact]
    public async Task Parse_folder_with_no_readable_report_exits_1()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("empty.txt"), "");
        await File.WriteAllBytesAsync(temp.File("garbage.txt"), Garbage(512, seed: 3));

        var result = await _cli.RunAsync("parse", temp.Path);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutputLines[^1].ShouldStartWith("2 files: 0 parsed, 2 failed");
    }

    private static string Line(IReadOnlyList<string> lines, string file) =>
        lines.SingleOrDefault(l => l.Contains($" {file} ", StringComparison.Ordinal)) ?? throw new ShouldAssertException($"no line for {file}:\n{string.Join('\n', lines)}");

    private static byte[] Garbage(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[10] = 0; // binary for sure
        return bytes;
    }
}
