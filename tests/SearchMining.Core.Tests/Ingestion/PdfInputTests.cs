using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Ingestion;

public class PdfInputTests
{
    /// <summary>The prose of a real report (its tab-separated tables left out), one paragraph per line.</summary>
    private static IEnumerable<string> ProseOf(string prefix) =>
        SampleCorpus.Text(prefix).Replace("\r", "").Split('\n').Where(l => l.Trim().Length > 0 && !l.Contains('\t')).Select(l => l.Trim());

    [Fact]
    public async Task Without_pdftotext_a_pdf_is_a_missing_tool_error_naming_poppler_utils()
    {
        var reader = new ReportFileReader(new ReportParser(), new TextDecoder(), new PdfTextExtractor("/nonexistent/bin/pdftotext"));
        var outcome = await reader.ReadAsync(new MemoryStream(MinimalPdf.FromLines(ProseOf("004_"))), "report.pdf", CancellationToken.None);
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.MissingTool);
        outcome.Error.Message.ShouldContain("poppler-utils");
        outcome.Error.Message.ShouldContain("pdftotext");
    }

    [Fact]
    public async Task A_pdftotext_without_the_cjk_cmaps_is_a_missing_tool_error_naming_poppler_data()
    {
        if (OperatingSystem.IsWindows()) return; // the fake tool is a shell script
        // what pdftotext 22.12 prints for a Chinese PDF (STSong-Light, UniGB-UCS2-H) when poppler-data is missing
        var folder = Directory.CreateTempSubdirectory("fake-pdftotext-").FullName;
        try
        {
            var tool = Path.Combine(folder, "pdftotext");
            await File.WriteAllTextAsync(tool, "#!/bin/sh\necho \"Syntax Error: Couldn't find 'UniGB-UCS2-H' CMap file for 'Adobe-GB1' collection\" >&2\necho \"Syntax Error: Unknown CMap 'UniGB-UCS2-H' for character collection 'Adobe-GB1'\" >&2\nexit 0\n");
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var reader = new ReportFileReader(new ReportParser(), new TextDecoder(), new PdfTextExtractor(tool));
            var outcome = await reader.ReadAsync(new MemoryStream(MinimalPdf.FromLines(ProseOf("004_"))), "report.pdf", CancellationToken.None);
            outcome.Error!.Kind.ShouldBe(ParseErrorKind.MissingTool);
            outcome.Error.Message.ShouldContain("poppler-data");
            outcome.Error.Message.ShouldContain("Couldn't find 'UniGB-UCS2-H' CMap file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [PdfToolFact]
    public async Task A_pdf_of_a_real_report_round_trips_through_pdftotext_with_wrapped_lines_joined()
    {
        var pdf = MinimalPdf.FromLines(ProseOf("004_"));
        var outcome = await new ReportFileReader().ReadAsync(new MemoryStream(pdf), "xigong.pdf", CancellationToken.None);
        outcome.Error.ShouldBeNull(outcome.Error?.Message);
        var report = outcome.Report!;

        report.Agency.ShouldBe("西工区工业和信息化局");
        report.Year.ShouldBe(2024);
        report.Sections.Select(s => s.Number).ShouldBe(["一", "二", "三", "四", "五", "六"]);
        // paragraphs were wrapped every 36 characters in the PDF; the clean text joins them again
        report.Sections[0].Text.ShouldContain("区工信局坚持以习近平新时代中国特色社会主义思想为指导，学习贯彻党的二十届三中全会精神");
        report.Statements.Select(s => s.Kind).ShouldBe([StatementKind.Problem, StatementKind.Problem, StatementKind.Measure, StatementKind.Measure]);
    }

    [PdfToolFact]
    public async Task A_file_named_pdf_that_is_not_a_pdf_is_unreadable()
    {
        var outcome = await new ReportFileReader().ReadAsync(new MemoryStream("not a pdf at all"u8.ToArray()), "fake.pdf", CancellationToken.None);
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.Unreadable);
    }

    /// <summary>A stand-in for pdftotext: a shell script with the given body.</summary>
    private static string FakeTool(string body)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fake-pdftotext-{Guid.NewGuid():N}");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public async Task A_pdftotext_that_hangs_is_stopped_and_the_file_reported_over_the_extraction_time_limit()
    {
        var tool = FakeTool("sleep 30");
        try
        {
            var reader = new ReportFileReader(new ReportParser(), new TextDecoder(), new PdfTextExtractor(tool, TimeSpan.FromMilliseconds(500)));
            var outcome = await reader.ReadAsync(new MemoryStream(MinimalPdf.FromLines(["一、总体情况"])), "slow.pdf", CancellationToken.None);
            outcome.Error!.Kind.ShouldBe(ParseErrorKind.TooLarge);
            outcome.Error.Message.ShouldContain("did not finish");
        }
        finally { File.Delete(tool); }
    }

    [Fact]
    public async Task A_pdftotext_error_is_passed_on_as_unreadable()
    {
        var tool = FakeTool("echo 'Syntax Error: Couldn'\\''t find trailer dictionary' >&2; exit 1");
        try
        {
            var reader = new ReportFileReader(new ReportParser(), new TextDecoder(), new PdfTextExtractor(tool));
            var outcome = await reader.ReadAsync(new MemoryStream(MinimalPdf.FromLines(["一、总体情况"])), "bad.pdf", CancellationToken.None);
            outcome.Error!.Kind.ShouldBe(ParseErrorKind.Unreadable);
            outcome.Error.Message.ShouldContain("trailer dictionary");
        }
        finally { File.Delete(tool); }
    }
}
