using SearchMining.Core.Classification;
using SearchMining.Core.Ingestion;
using SearchMining.Mining.Themes;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Themes;

[Collection(MiningCollection.Name)]
public sealed class ReportThemeTaggerTests(MiningFixture fixture)
{
    [Fact]
    public async Task Every_statement_and_commitment_of_a_real_report_gets_themes_and_keeps_its_parser_kind()
    {
        var outcome = await new ReportFileReader().ReadAsync(RepoPaths.SampleReport("000_ae1eda295b428d02.txt"), CancellationToken.None);
        var parsed = outcome.Report!;
        var tagged = new ReportThemeTagger(fixture.Committed).Apply(parsed);

        tagged.Statements.Count.ShouldBe(parsed.Statements.Count);
        tagged.Statements.ShouldAllBe(s => s.Themes.Count > 0);
        tagged.Statements.Select(s => s.Kind).ShouldBe(parsed.Statements.Select(s => s.Kind));
        tagged.Statements.Single(s => s.Text.StartsWith("一是加强工作人员的业务知识培训", StringComparison.Ordinal)).Themes.ShouldContain(ThemeIds.Training);
        tagged.Commitments.Count.ShouldBe(parsed.Commitments.Count);
        tagged.Commitments.ShouldAllBe(c => c.Themes.Count > 0);
    }

    [Fact]
    public async Task Themes_without_the_kind_model_are_the_themes_of_the_full_classification()
    {
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.SampleReports, "*.txt").Order(StringComparer.Ordinal))
        {
            if ((await new ReportFileReader().ReadAsync(file, CancellationToken.None)).Report is not { } report) continue;
            texts.AddRange(report.Statements.Select(s => s.Text).Concat(report.Commitments.Select(c => c.Text)));
        }
        texts.Count.ShouldBeGreaterThan(50);
        var classifier = fixture.Committed;
        var full = texts.Select(t => classifier.Classify(t).Themes).ToList();
        full.SelectMany(t => t).Distinct().Count().ShouldBeGreaterThan(3);
        texts.Select(t => ((IStatementClassifier)classifier).Themes(t)).ToList().ShouldBe(full);
    }
}
