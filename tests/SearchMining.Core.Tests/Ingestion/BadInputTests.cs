using System.Text;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Core.Tests.Ingestion;

public class BadInputTests
{
    private readonly ReportFileReader _reader = new();
    private readonly ReportParser _parser = new();

    private Task<ParseOutcome> Read(byte[] bytes, string name) => _reader.ReadAsync(new MemoryStream(bytes), name, CancellationToken.None);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t \n")]
    public void Empty_text_is_an_empty_error(string text)
    {
        var outcome = _parser.Parse(text, "empty.txt");
        outcome.Succeeded.ShouldBeFalse();
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.Empty);
    }

    [Fact]
    public async Task An_empty_file_is_an_empty_error()
    {
        var outcome = await Read([], "empty.txt");
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.Empty);
        outcome.SourceFile.ShouldBe("empty.txt");
    }

    [Fact]
    public async Task A_text_that_is_not_a_report_is_rejected()
    {
        var outcome = await _reader.ReadAsync(RepoPaths.SampleReport("README.md"), CancellationToken.None);
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.NotAReport);
        _parser.Parse("今天天气很好，我们去公园散步，然后回家吃饭。", "diary.txt").Error!.Kind.ShouldBe(ParseErrorKind.NotAReport);
    }

    [Fact]
    public void A_text_about_disclosure_without_sections_is_a_report_with_a_warning_not_an_empty_result()
    {
        var outcome = _parser.Parse("2024年政府信息公开工作年度报告\n本报告由某某局编制。", "stub.txt");
        outcome.Report.ShouldNotBeNull();
        outcome.Report.Warnings.ShouldContain(w => w.Code == "sections-not-found");
    }

    [Theory]
    [InlineData("report.xlsx")]
    [InlineData("report.jpg")]
    [InlineData("report.tsv")]
    public async Task Unsupported_formats_are_typed_errors(string name)
    {
        var outcome = await Read(Encoding.UTF8.GetBytes(SampleCorpus.Text("000_")), name);
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.UnsupportedFormat);
        outcome.Error.Message.ShouldContain(".docx");
    }

    [Fact]
    public async Task A_binary_file_named_txt_is_unreadable()
    {
        var outcome = await Read([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10], "data.txt");
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.Unreadable);
    }

    [Fact]
    public async Task Bytes_valid_in_no_supported_encoding_are_unreadable_not_mojibake()
    {
        var outcome = await Read([0xD5, 0xFE, 0x81, 0x20, 0x81, 0x21, 0xC8], "broken.txt");
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.Unreadable);
        outcome.Error.Message.ShouldContain("GB18030");
    }

    [Fact]
    public async Task A_missing_file_is_unreadable()
    {
        var outcome = await _reader.ReadAsync(Path.Combine(RepoPaths.SampleReports, "no-such-report.txt"), CancellationToken.None);
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.Unreadable);
        outcome.Error.Message.ShouldContain("not found");
    }

    [Fact]
    public async Task A_corrupt_docx_is_unreadable()
    {
        var outcome = await Read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x99, 0x99], "broken.docx");
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.Unreadable);
    }

    [Fact]
    public void A_report_cut_in_the_middle_of_its_application_table_says_so()
    {
        var text = SampleCorpus.Text("000_");
        var cut = text[..text.IndexOf("5.属于三类内部事务信息", StringComparison.Ordinal)];
        var report = _parser.Parse(cut, "cut.txt").Report!;
        report.Sections.Count.ShouldBe(3);
        report.Warnings.ShouldContain(w => w.Code == "report-truncated" && w.Message.Contains("ends in section 三"));
        report.Warnings.ShouldContain(w => w.Code == "section-missing" && w.Message.Contains("五"));
        report.Tables.Applications.Status.ShouldBe(TableStatus.Partial);
        report.Warnings.ShouldContain(w => w.Code == "table-partial");
    }

    [Fact]
    public void A_report_that_starts_at_section_three_says_so()
    {
        var report = _parser.Parse(SampleCorpus.Text("015_"), "015.txt").Report!;
        report.Sections.Select(s => s.Number).ShouldBe(["三", "四", "五", "六"]);
        report.Warnings.ShouldContain(w => w.Code == "report-truncated" && w.Message.Contains("starts at section 三"));
        report.Warnings.ShouldContain(w => w.Code == "section-empty" && w.Message.Contains("四"));
        report.Warnings.ShouldContain(w => w.Code == "agency-missing");
        report.Statements.Count.ShouldBe(6);
    }

    [Fact]
    public void Parse_never_throws_on_odd_input()
    {
        foreach (var text in new[] { "一、", "五、存在的主要问题及改进情况", "\t\t\t", "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t2", new string('一', 5000) })
        {
            var outcome = _parser.Parse(text, "odd.txt");
            (outcome.Report is not null || outcome.Error is not null).ShouldBeTrue();
        }
    }

    [Fact]
    public void Damaged_copies_of_real_reports_never_fail_inside_the_parser()
    {
        // cut, spliced and scribbled copies (fixed seed): a report with warnings or a typed error, never an internal failure
        var random = new Random(20241);
        foreach (var prefix in new[] { "000_", "001_49", "002_huaian", "039_", "045_" })
        {
            var text = SampleCorpus.Text(prefix);
            for (var i = 0; i < 60; i++)
            {
                var a = random.Next(text.Length);
                var b = random.Next(a, text.Length);
                var damaged = (i % 3) switch
                {
                    0 => text[..a],
                    1 => text[..a] + text[b..],
                    _ => new string(text.Select(c => random.Next(40) == 0 ? "一二、（）\t\n05。：;"[random.Next(12)] : c).ToArray()),
                };
                var outcome = _parser.Parse(damaged, "damaged.txt");
                if (outcome.Error is { } error)
                    error.Kind.ShouldNotBe(ParseErrorKind.Unreadable, $"{prefix} #{i}: {error.Message}");
            }
        }
    }

    [Fact]
    public void A_markdown_copy_with_heading_marks_is_read()
    {
        var text = SampleCorpus.Text("004_")
            .Replace("西工区工业和信息化局 2024 年政府信息公开工作年度报告", "# 西工区工业和信息化局 2024 年政府信息公开工作年度报告")
            .Replace("\n一、总体情况", "\n## 一、总体情况").Replace("\n五、存在的主要问题及改进情况", "\n## 五、存在的主要问题及改进情况");
        var report = _parser.Parse(text, "xigong.md").Report!;
        report.Agency.ShouldBe("西工区工业和信息化局");
        report.Sections.Select(s => s.Title).ShouldContain("总体情况");
        report.Sections.Single(s => s.Topic == SectionTopic.Problems).Title.ShouldBe("存在的主要问题及改进情况");
        report.Statements.Count.ShouldBe(4);
    }
}
