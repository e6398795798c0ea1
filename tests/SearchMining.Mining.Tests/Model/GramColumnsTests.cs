using SearchMining.Core.Ingestion;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Model;

/// <summary>
/// Rows for prediction skip the ready-made gram columns when the model does not read them (round 13): the committed
/// model (words and characters featurised by ML.NET) gives bit-identical theme probabilities without them, and a model
/// trained on the grams (<see cref="FeatureOptions.MinAgencies"/>) is known to read them, so it still gets them.
/// </summary>
[Collection(MiningCollection.Name)]
public sealed class GramColumnsTests(MiningFixture fixture)
{
    [Fact]
    public async Task The_committed_model_scores_every_sample_statement_and_clause_bit_identically_without_the_gram_columns()
    {
        var model = fixture.Committed.Model;
        model.ReadsGrams.ShouldBeFalse();
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.SampleReports, "*.txt").Order(StringComparer.Ordinal))
        {
            if ((await new ReportFileReader().ReadAsync(file, CancellationToken.None)).Report is not { } report) continue;
            foreach (var text in report.Statements.Select(s => s.Text).Concat(report.Commitments.Select(c => c.Text)))
                texts.AddRange([text, .. StatementClauses.Split(StatementText.Normalize(text))]);
        }
        texts.Count.ShouldBeGreaterThan(100);
        foreach (var text in texts)
        {
            var without = fixture.Rows.ForPrediction(text, grams: false);
            without.CharGrams.ShouldBeEmpty();
            var with = fixture.Rows.ForPrediction(text, grams: true);
            with.CharGrams.ShouldNotBeEmpty();
            Bits(model.ScoreThemes(without).ThemeProbabilities).ShouldBe(Bits(model.ScoreThemes(with).ThemeProbabilities), text);
        }
    }

    [Fact]
    public void A_model_trained_on_the_gram_columns_reads_them()
    {
        // Every gram of one unit: the synthetic statements count as a single agency, so 2 would keep no gram at all.
        var options = TrainingOptions.Default with { FeatureSettings = FeatureOptions.Default with { MinAgencies = 1 } };
        using var model = new ThemeModelBuilder(fixture.Rows, options).Fit(fixture.Labels.Synthetic.ToList());
        model.ReadsGrams.ShouldBeTrue();
        fixture.SyntheticModel.ReadsGrams.ShouldBeFalse();
    }

    private static int[] Bits(float[] values) => [.. values.Select(BitConverter.SingleToInt32Bits)];
}
