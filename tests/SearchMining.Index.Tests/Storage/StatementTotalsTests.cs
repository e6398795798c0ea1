using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>The statement and commitment totals summed from the report documents' doc values follow what is indexed.</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class StatementTotalsTests(SampleIndexFixture fixture) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Totals_are_the_statements_and_commitments_of_the_parsed_reports_and_of_the_stored_digests()
    {
        var totals = StoredReports.CountStatements(fixture.Index);
        totals.ShouldNotBeNull();
        totals.ShouldBe(new StatementTotals(fixture.Reports.Sum(r => r.Statements.Count), fixture.Reports.Sum(r => r.Commitments.Count)));
        var (statements, commitments) = (0, 0);
        StoredReports.VisitDigests(fixture.Index, r => { statements += r.Statements.Count; commitments += r.Commitments.Count; });
        totals.ShouldBe(new StatementTotals(statements, commitments));
        totals.Statements.ShouldBeGreaterThan(20);
        totals.Commitments.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Totals_follow_a_replaced_and_a_deleted_report()
    {
        using var index = ReportIndex.Open(new ReportIndexOptions(_folder.Path, fixture.Analyzers.Create()));
        var withStatements = fixture.Reports.Where(r => r.Statements.Count > 0 && r.Commitments.Count > 0).Take(3).ToList();
        withStatements.Count.ShouldBe(3);
        foreach (var report in withStatements) await index.UpsertAsync(report);
        await index.CommitAsync();
        StoredReports.CountStatements(index).ShouldBe(new StatementTotals(withStatements.Sum(r => r.Statements.Count), withStatements.Sum(r => r.Commitments.Count)));

        var fewer = withStatements[0] with { Statements = withStatements[0].Statements.Take(1).ToList(), Commitments = [] };
        await index.UpsertAsync(fewer);
        (await index.DeleteAsync(withStatements[1].Id)).ShouldBeTrue();
        await index.CommitAsync();
        StoredReports.CountStatements(index).ShouldBe(new StatementTotals(1 + withStatements[2].Statements.Count, withStatements[2].Commitments.Count));
    }
}
