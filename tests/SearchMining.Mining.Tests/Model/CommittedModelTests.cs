using System.Globalization;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using Shouldly;

namespace SearchMining.Mining.Tests.Model;

/// <summary>The committed models/theme-classifier.zip loads, was trained on dev agencies only, and reproduces the test-split figures of its card.</summary>
[Collection(MiningCollection.Name)]
public sealed class CommittedModelTests(MiningFixture fixture)
{
    [Fact]
    public void Committed_model_loads_with_its_manifest_and_never_trained_on_a_test_agency()
    {
        fixture.CommittedModel.Error.ShouldBeNull();
        var manifest = fixture.Committed.Model.Manifest;
        manifest.Themes.ShouldBe(ThemeIds.All);
        manifest.Thresholds.Keys.ShouldBe(ThemeIds.All, ignoreOrder: true);
        manifest.CueWords.ShouldBe(StatementRowFactory.CueFingerprint());
        manifest.TestAgencies.ShouldBe(fixture.Dataset.TestAgencies);
        manifest.TestMetrics.ShouldNotBeNull();
        var training = fixture.Dataset.Training(Enum.Parse<TrainingSources>(manifest.Sources));
        manifest.TrainingStatements.ShouldBe(training.Count);
        training.Select(ThemeDataset.AgencyOf).Intersect(manifest.TestAgencies).ShouldBeEmpty();
    }

    [Fact]
    public void Committed_model_agrees_with_its_card_on_the_frozen_test_split()
    {
        var manifest = fixture.Committed.Model.Manifest;
        var training = fixture.Dataset.Training(Enum.Parse<TrainingSources>(manifest.Sources));
        TokenizationFingerprint.Of(fixture.Rows, training.Select(s => s.Text)).ShouldBe(manifest.TokenizationFingerprint,
            "the segmenter or the labels changed since the model was trained: run `searchmining train --score-test` and commit models/");
        var test = fixture.Dataset.TestSplitForReport();
        test.Count.ShouldBeGreaterThan(100);

        var metrics = MetricsCalculator.Compute(MetricsCalculator.Predict(fixture.Committed, test));
        metrics.Statements.ShouldBe(manifest.TestMetrics!.Statements);
        metrics.MacroF1.ShouldBe(manifest.TestMetrics.MacroF1, 1e-9);
        metrics.KindAccuracy.ShouldBe(manifest.TestMetrics.KindAccuracy, 1e-9);
        foreach (var theme in ThemeIds.All)
            metrics.PerTheme[theme].ShouldBe(manifest.TestMetrics.PerTheme[theme], theme);

        var card = File.ReadAllText(MiningFixture.CardPath);
        card.ShouldContain($"| **model** | **{F(metrics.MacroF1)}** | **{F(metrics.KindAccuracy)}** |");
        var keywords = MetricsCalculator.Compute(MetricsCalculator.Predict(new KeywordThemeClassifier(ThemesDocLexicon.Instance), test));
        card.ShouldContain($"| baseline: THEMES.md keywords | {F(keywords.MacroF1)} | {F(keywords.KindAccuracy)} |");
    }

    [Fact]
    public void Concurrent_classification_gives_the_same_answers_as_sequential()
    {
        var texts = fixture.Labels.Real.Select(s => s.Text).Take(40).ToList();
        var sequential = texts.Select(t => fixture.Committed.Classify(t)).ToList();
        var parallel = new StatementClassificationSlot[texts.Count];
        Parallel.For(0, texts.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var c = fixture.Committed.Classify(texts[i % texts.Count]);
            if (i < texts.Count) parallel[i] = new StatementClassificationSlot(c.Kind, string.Join(",", c.Themes));
        });
        for (var i = 0; i < texts.Count; i++)
        {
            parallel[i].Kind.ShouldBe(sequential[i].Kind);
            parallel[i].Themes.ShouldBe(string.Join(",", sequential[i].Themes));
        }
    }

    [Theory]
    [InlineData("二是公開渠道有限，網站欄目更新不及時。", "二是公开渠道有限，网站栏目更新不及时。")]
    [InlineData("下一步，我局將加強業務培訓，提高工作人員的公開意識。", "下一步，我局将加强业务培训，提高工作人员的公开意识。")]
    public void A_Traditional_statement_is_classified_like_its_Simplified_form(string traditional, string simplified)
    {
        var expected = fixture.Committed.Classify(simplified);
        var actual = fixture.Committed.Classify(traditional);
        expected.Themes.ShouldNotBeEmpty();
        actual.Kind.ShouldBe(expected.Kind);
        actual.Themes.ShouldBe(expected.Themes);
        foreach (var (theme, score) in expected.ThemeScores) actual.ThemeScores[theme].ShouldBe(score, 1e-6, theme);
    }

    private sealed record StatementClassificationSlot(SearchMining.Core.Domain.StatementKind Kind, string Themes);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
