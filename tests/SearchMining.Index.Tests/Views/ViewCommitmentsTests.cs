using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Storage;
using SearchMining.Index.Views;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Index.Tests.Views;

/// <summary>
/// Schema 12: a report document's <c>view_commitments</c> doc value says "made from the statements" when its commitments
/// are its measure statements as the parser copies them, and reading it gives the parsed commitments, JSON for JSON, on
/// every report of samples/reports and of the released holdout 12 (dev), themes tagged.
/// </summary>
public sealed class ViewCommitmentsTests
{
    [Fact]
    public async Task Every_sample_and_dev_report_reads_back_its_commitments_from_its_view_values()
    {
        var reports = await StoredReportBodyRoundTripTests.ParseAsync(RepoPaths.SampleReports, StoredReportBodyRoundTripTests.DevFolder);
        reports.Count.ShouldBeGreaterThan(50);
        var tagged = 0;
        foreach (var report in reports)
        {
            var (row, commitments, statements) = Values(report);
            if (ReportViewFields.IsFromStatements(commitments)) tagged++;
            Read(row, commitments, statements).ShouldBe(StoredReportJson.SerializeValue(report.Commitments), customMessage: report.SourceFile);
        }
        // The parser makes every report's commitments of its measure statements: all of them are made again, most non-empty.
        tagged.ShouldBe(reports.Count);
        reports.Count(r => r.Commitments.Count > 0).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Commitments_that_are_not_the_measure_statements_keep_their_value()
    {
        var report = (await StoredReportBodyRoundTripTests.ParseAsync(RepoPaths.SampleReports)).First(r => r.Commitments.Count > 1);
        var edited = report with { Commitments = [report.Commitments[0] with { Text = "下一步，继续做好政府信息公开工作。" }, .. report.Commitments.Skip(1)] };
        var (row, commitments, statements) = Values(edited);
        ReportViewFields.IsFromStatements(commitments).ShouldBeFalse();
        Read(row, commitments, statements).ShouldBe(StoredReportJson.SerializeValue(edited.Commitments));

        // Statements too large for a doc value are read from the digest: the commitments cannot be made from them then.
        var tooLarge = new BytesRef([ReportViewFields.TagInDigest]);
        ReportViewFields.IsFromStatements(ReportViewFields.CommitmentsValue(report, tooLarge)).ShouldBeFalse();
        ReportViewFields.IsFromStatements(ReportViewFields.CommitmentsValue(report, ReportViewFields.Encode(report.Statements))).ShouldBeTrue();
    }

    private static (BytesRef Row, BytesRef Commitments, BytesRef Statements) Values(Report report)
    {
        var fields = ReportViewFields.Of(report).ToDictionary(f => f.Name, f => f.GetBinaryValue());
        return (fields[IndexFields.ViewRow], fields[IndexFields.ViewCommitments], fields[IndexFields.ViewStatements]);
    }

    private static string Read(BytesRef row, BytesRef commitments, BytesRef statements)
    {
        var decodedRow = ReportViewFields.Decode<ReportViewRow>(row).ShouldNotBeNull();
        var list = ReportViewFields.Commitments(commitments, decodedRow, () => ReportViewFields.Decode<List<Statement>>(statements)).ShouldNotBeNull();
        return StoredReportJson.SerializeValue(list);
    }
}
