using SearchMining.Core.Ingestion;
using SearchMining.Mining.Themes;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Dataset;

/// <summary>The labelled real statements are exactly the statements the parser produces, so labels line up with ingest.</summary>
[Collection(MiningCollection.Name)]
public sealed class ParserAlignmentTests(MiningFixture fixture)
{
    [Fact]
    public async Task Every_parser_statement_of_every_sample_is_labelled_with_the_parser_kind()
    {
        var reader = new ReportFileReader();
        foreach (var source in fixture.Labels.RealSources)
        {
            var report = (await reader.ReadAsync(RepoPaths.SampleReport(source), CancellationToken.None)).Report!;
            var labelled = fixture.Labels.Real.Where(s => s.Source == source).ToList();
            report.Statements.Select(s => s.Text).ShouldBe(labelled.Select(s => s.Text), customMessage: source);
            report.Statements.Select(s => StatementKindNames.ToName(s.Kind)).ShouldBe(labelled.Select(s => StatementKindNames.ToName(s.Kind)), customMessage: source);
        }
    }
}
