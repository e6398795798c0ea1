using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Core.Tests.Ingestion;

/// <summary>The one rule (ReportRecognizer) that keeps READMEs and other files of a folder out, and lets every real report in.</summary>
public class NotAReportTests
{
    [Theory]
    [InlineData("data/corpus/README.md")]
    [InlineData("docs/PARSING.md")] // quotes 一、总体情况 and the other headings, yet is no report
    [InlineData("samples/reports/README.md")]
    public async Task A_readme_in_a_report_folder_is_not_a_report(string file)
    {
        var outcome = await new ReportFileReader().ReadAsync(Path.Combine(RepoPaths.Root, file), CancellationToken.None);
        outcome.Error!.Kind.ShouldBe(ParseErrorKind.NotAReport);
        outcome.Error.Message.ShouldContain("Chinese");
        ReportRecognizer.Recognize(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, file))).IsReport.ShouldBeFalse();
    }

    [Fact]
    public async Task Every_dev_report_of_the_real_corpus_is_recognised_as_a_report()
    {
        var reader = new ReportFileReader();
        var files = DevCorpus.DevFiles().ToList();
        files.Count.ShouldBeGreaterThan(100);
        var rejected = new List<string>();
        foreach (var file in files)
        {
            var outcome = await reader.ReadAsync(file, CancellationToken.None);
            if (!outcome.Succeeded) rejected.Add($"{Path.GetFileName(file)}: {outcome.Error}");
        }
        rejected.ShouldBeEmpty();
    }
}
