using System.Text;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Core.Tests.Ingestion;

/// <summary>Input over <see cref="InputLimits"/> is refused before the work it would cost; reports within them read as before.</summary>
public sealed class InputLimitTests
{
    private const long MiB = 1024 * 1024;

    private static async Task<(ParseOutcome Outcome, long Allocated)> ReadMeasuredAsync(ReportFileReader reader, byte[] bytes, string name, ReadOptions? options = null)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = await reader.ReadAsync(new MemoryStream(bytes, 0, bytes.Length, false, publiclyVisible: true), name, options ?? ReadOptions.Default, CancellationToken.None);
        return (outcome, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public async Task A_docx_bomb_that_declares_1_GiB_is_refused_from_its_central_directory_without_inflating()
    {
        var bomb = ZipBomb.Docx(1024 * MiB);
        bomb.Length.ShouldBeLessThan(3 * (int)MiB); // the issue's bomb: 2.6 MB → 1 GiB

        var (outcome, allocated) = await ReadMeasuredAsync(new ReportFileReader(), bomb, "bomb.docx");

        outcome.Error!.Kind.ShouldBe(ParseErrorKind.TooLarge);
        outcome.Error.Message.ShouldContain("word/document.xml");
        outcome.Error.Message.ShouldContain("zip bomb");
        allocated.ShouldBeLessThan(16 * MiB);
    }

    [Fact]
    public async Task A_docx_whose_header_understates_its_size_is_stopped_at_the_declared_size_or_the_cap()
    {
        // The header claims 64 KiB; the entry really inflates to 64 MiB, over the 16 MiB container limit.
        var forged = ZipBomb.Docx(64 * MiB, declaredBytes: 64 * 1024);

        var (outcome, allocated) = await ReadMeasuredAsync(new ReportFileReader(), forged, "forged.docx");

        outcome.Succeeded.ShouldBeFalse();
        outcome.Error!.Kind.ShouldBeOneOf(ParseErrorKind.TooLarge, ParseErrorKind.Unreadable);
        allocated.ShouldBeLessThan(32 * MiB);
    }

    [Fact]
    public async Task A_docx_inflating_past_the_container_limit_is_refused_even_at_a_plausible_ratio()
    {
        var limits = new InputLimits { MaxZipUncompressedBytes = 1 * MiB };
        var text = SampleCorpus.Text("037_");
        var docx = DocxBuilder.FromReportText(string.Concat(Enumerable.Repeat(text, 100)));

        var (outcome, _) = await ReadMeasuredAsync(new ReportFileReader(limits), docx, "long.docx");

        outcome.Error!.Kind.ShouldBe(ParseErrorKind.TooLarge);
        outcome.Error.Message.ShouldContain("inflates to");
        (await ReadMeasuredAsync(new ReportFileReader(limits), DocxBuilder.FromReportText(text), "037.docx")).Outcome.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_19_MB_text_file_is_refused_before_it_is_decoded()
    {
        var text = SampleCorpus.Text("037_");
        var huge = new StringBuilder(text);
        while (huge.Length < 19 * MiB / 3) huge.Append("六、其他需要报告的事项。本机关依据《政府信息公开信息处理费管理办法》收取信息处理费。");
        var bytes = Encoding.UTF8.GetBytes(huge.ToString());
        bytes.Length.ShouldBeGreaterThan(19_000_000);

        var (outcome, _) = await ReadMeasuredAsync(new ReportFileReader(), bytes, "huge.txt");

        outcome.Error!.Kind.ShouldBe(ParseErrorKind.TooLarge);
        outcome.Error.Message.ShouldContain("bytes");
    }

    [Fact]
    public async Task A_report_with_one_oversized_section_is_refused_naming_the_section()
    {
        var text = SampleCorpus.Text("037_");
        var filler = string.Concat(Enumerable.Repeat("本机关依据有关规定收取信息处理费。", 400));
        var six = text.IndexOf("六、", StringComparison.Ordinal);
        six.ShouldBeGreaterThan(0);
        var inflated = text.Insert(text.IndexOf('\n', six) + 1, filler + "\n");
        var limits = new InputLimits { MaxSectionChars = 5_000 };

        var (outcome, _) = await ReadMeasuredAsync(new ReportFileReader(limits), Encoding.UTF8.GetBytes(inflated), "inflated.txt");
        var (plain, _) = await ReadMeasuredAsync(new ReportFileReader(limits), Encoding.UTF8.GetBytes(text), "plain.txt");

        outcome.Error!.Kind.ShouldBe(ParseErrorKind.TooLarge);
        outcome.Error.Message.ShouldStartWith("Section 六");
        plain.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_text_over_the_report_length_is_refused_and_one_within_it_reads()
    {
        var text = SampleCorpus.Text("002_huaian");
        var limits = new InputLimits { MaxReportChars = text.Length - 100 };

        var (outcome, _) = await ReadMeasuredAsync(new ReportFileReader(limits), Encoding.UTF8.GetBytes(text), "002.txt");

        outcome.Error!.Kind.ShouldBe(ParseErrorKind.TooLarge);
        outcome.Error.Message.ShouldContain($"at most {limits.MaxReportChars:N0}");
        (await ReadMeasuredAsync(new ReportFileReader(limits with { MaxReportChars = text.Length + 100 }), Encoding.UTF8.GetBytes(text), "002.txt")).Outcome.Succeeded.ShouldBeTrue();
    }

    [PdfToolFact]
    public async Task A_pdf_with_more_pages_than_the_limit_is_refused_before_its_text_is_extracted()
    {
        var lines = SampleCorpus.Text("037_").Split('\n').Where(l => l.Trim().Length > 0 && !l.Contains('\t')).Take(12).ToList();
        var pdf = MinimalPdf.FromLines(lines, linesPerPage: 1); // a page per line

        var (outcome, _) = await ReadMeasuredAsync(new ReportFileReader(new InputLimits { MaxPdfPages = 5 }), pdf, "pages.pdf");
        var (within, _) = await ReadMeasuredAsync(new ReportFileReader(new InputLimits { MaxPdfPages = 50 }), pdf, "pages.pdf");

        outcome.Error!.Kind.ShouldBe(ParseErrorKind.TooLarge);
        outcome.Error.Message.ShouldMatch(@"^The PDF has 1[2-9] pages; at most 5 are accepted\.$");
        within.Error?.Kind.ShouldNotBe(ParseErrorKind.TooLarge);
    }

    [Fact]
    public async Task The_repository_readme_is_not_a_report_unless_forced()
    {
        var readme = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "README.md"));

        var (refused, _) = await ReadMeasuredAsync(new ReportFileReader(), readme, "README.md");
        var (forced, _) = await ReadMeasuredAsync(new ReportFileReader(), readme, "README.md", new ReadOptions { Force = true });

        refused.Error!.Kind.ShouldBe(ParseErrorKind.NotAReport);
        forced.Report.ShouldNotBeNull();
        forced.Report.Sections.ShouldBeEmpty();
    }

    [Fact]
    public void Every_sample_report_reads_as_a_report_and_a_recipe_does_not()
    {
        var parser = new ReportParser();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleReports, "*.txt"))
        {
            var outcome = parser.Parse(File.ReadAllText(file), Path.GetFileName(file));
            outcome.Error.ShouldBeNull(Path.GetFileName(file));
            ReportRecognizer.Check(outcome.Report!).ShouldBeNull(Path.GetFileName(file));
        }
        parser.Parse("红烧肉的做法：五花肉切块，焯水，加糖炒色，小火炖一小时。", "recipe.txt").Error!.Kind.ShouldBe(ParseErrorKind.NotAReport);
        parser.Parse("红烧肉的做法：五花肉切块，焯水，加糖炒色，小火炖一小时。", "recipe.txt", force: true).Report.ShouldNotBeNull();
    }
}
