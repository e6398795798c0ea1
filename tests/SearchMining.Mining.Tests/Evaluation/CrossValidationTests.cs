using SearchMining.Core.Classification;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;
using Shouldly;

namespace SearchMining.Mining.Tests.Evaluation;

[Collection(MiningCollection.Name)]
public sealed class CrossValidationTests(MiningFixture fixture)
{
    [Fact]
    public void Leave_one_report_out_tests_every_real_statement_once_and_never_a_synthetic_one()
    {
        string[] reports = ["002_9d3f07d5fe28c571.txt", "040_pingtan_shiyanqu_2022.txt", "022_sanya_haitangqu_2015.txt"];
        var data = fixture.Labels.Statements.Where(s => s.Synthetic || reports.Contains(s.Source)).ToList();
        var cv = new CrossValidation(fixture.Rows, new TrainingOptions([ThemeTrainer.AveragedPerceptron], ValidationFolds: 2),
            [RuleBaseline.Fixed("lexicon", new KeywordThemeClassifier(ThemesDocLexicon.Instance))]);

        var result = cv.Run(data, "leave-one-report-out", s => s.Source, compareTrainers: false);

        result.Folds.Select(f => f.HeldOut).ShouldBe(reports.Order(StringComparer.Ordinal));
        result.Folds.Sum(f => f.Statements).ShouldBe(16);
        result.ModelPredictions.Select(p => p.Gold).ShouldBe(data.Where(s => !s.Synthetic).OrderBy(s => s.Source, StringComparer.Ordinal), ignoreOrder: true);
        result.ModelPredictions.ShouldAllBe(p => !p.Gold.Synthetic);
        result.Model.Statements.ShouldBe(16);
        result.Baselines["lexicon"].Statements.ShouldBe(16);
        result.Model.KindAccuracy.ShouldBeGreaterThan(0.7);
    }
}
