using System.Text.Json;
using SearchMining.Core.Checks;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;
using SearchMining.Core.Serialization;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>
/// The table rules run once per parse (<see cref="ITablesOnlyCheck"/>): the stored checks of a parsed report reuse the
/// results the parser computed for its warnings, and they are the results a fresh run gives.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public class TablesOnlyResultsTests(SampleCorpus corpus)
{
    private static readonly JsonSerializerOptions Json = ReportJson.CreateOptions(indented: false);

    [Fact]
    public void Every_rule_gives_on_the_parsed_tables_what_it_gives_on_a_fresh_copy()
    {
        var checkedReports = 0;
        foreach (var parsed in corpus.Outcomes.Values.Select(o => o.Report).OfType<Report>())
        {
            // As ingestion holds it: a copy with its statements re-made (the theme tagger), the tables the parse's instance.
            var tagged = parsed with { Statements = [.. parsed.Statements] };
            var fresh = JsonSerializer.Deserialize<Report>(JsonSerializer.Serialize(parsed, Json), Json)!;
            fresh.Tables.ShouldNotBeSameAs(parsed.Tables);

            var shared = ReportChecker.All().Run(tagged);
            var computed = ReportChecker.All().Run(fresh);

            JsonSerializer.Serialize(shared, Json).ShouldBe(JsonSerializer.Serialize(computed, Json), parsed.SourceFile);
            checkedReports++;
        }
        checkedReports.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void The_parsers_table_results_are_reused_not_recomputed()
    {
        var parsed = corpus.Report("045_");
        var rule = new ApplicationResultTotalCheck();
        var first = new ReportChecker([rule]).Run(parsed);
        first.ShouldNotBeEmpty();
        var again = ReportChecker.All().Run(parsed with { Statements = [.. parsed.Statements] })
            .Where(r => r.Rule == ApplicationResultTotalCheck.Rule).ToList();

        again.Count.ShouldBe(first.Count);
        for (var i = 0; i < first.Count; i++) again[i].ShouldBeSameAs(first[i]);
        // the 045 table's result rows add up to 26 / 27 against （七）总计 20 / 21 (UntouchedReportTests): the reused results say so
        again.ShouldContain(r => r.Status == CheckStatus.Fail);
    }
}
