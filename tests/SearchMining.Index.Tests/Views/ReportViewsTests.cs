using SearchMining.Core.Domain;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using SearchMining.Index.Views;
using Shouldly;

namespace SearchMining.Index.Tests.Views;

/// <summary>The views' passes over the sample index's doc values give every report's commitments and statements as parsed (schema 12: commitments made again from the statements).</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class ReportViewsTests(SampleIndexFixture fixture)
{
    [Fact]
    public void Every_sample_report_s_commitments_and_statements_are_read_from_the_view_values()
    {
        var fromCommitments = new Dictionary<string, string>(StringComparer.Ordinal);
        var fromViews = new Dictionary<string, (string Commitments, string Statements)>(StringComparer.Ordinal);
        ReportViews.VisitCommitments(fixture.Index, (row, commitments) => fromCommitments[row.Id] = StoredReportJson.SerializeValue(commitments)).ShouldBeTrue();
        ReportViews.VisitViews(fixture.Index, (row, commitments, statements) =>
            fromViews[row.Id] = (StoredReportJson.SerializeValue(commitments), StoredReportJson.SerializeValue(statements))).ShouldBeTrue();

        fromCommitments.Count.ShouldBe(fixture.Reports.Count);
        fixture.Reports.Sum(r => r.Commitments.Count).ShouldBeGreaterThan(0);
        foreach (var report in fixture.Reports)
        {
            var expected = StoredReportJson.SerializeValue(report.Commitments);
            fromCommitments[report.Id].ShouldBe(expected, customMessage: report.SourceFile);
            fromViews[report.Id].Commitments.ShouldBe(expected, customMessage: report.SourceFile);
            fromViews[report.Id].Statements.ShouldBe(StoredReportJson.SerializeValue(report.Statements), customMessage: report.SourceFile);
        }
    }
}
