using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Training;
using Shouldly;

namespace SearchMining.Mining.Tests.Evaluation;

/// <summary>Agency-grouped cross-validation on a few dev agencies (corpus statements only, to stay fast).</summary>
[Collection(MiningCollection.Name)]
public sealed class DevCrossValidationTests(MiningFixture fixture)
{
    [Fact]
    public void Every_dev_statement_is_scored_once_by_a_model_that_never_saw_its_agency()
    {
        var full = fixture.Dataset;
        var agencies = full.DevAgencies.OrderBy(a => a.Statements).Take(8).Select(a => a.Agency).ToHashSet();
        var corpus = new LabelSet(full.Dev.Where(s => agencies.Contains(ThemeDataset.AgencyOf(s))).ToList(), []);
        var (data, errors) = ThemeDataset.Create(new LabelSet(fixture.Labels.Synthetic.Take(60).ToList(), []), corpus);
        errors.ShouldBeEmpty();
        var folds = AgencyFolds.Assign(data!.DevAgencies, 3, seed: 1);
        var options = TrainingOptions.Default with { Sources = TrainingSources.Corpus | TrainingSources.Synthetic };

        var scores = new DevCrossValidation(fixture.Rows, options).Score(data, folds);

        scores.Statements.ShouldBe(data.Dev, ignoreOrder: true);
        scores.Statements.ShouldAllBe(s => !s.Synthetic);
        for (var i = 0; i < scores.Statements.Count; i++)
            folds[scores.FoldOf[i]].ShouldContain(ThemeDataset.AgencyOf(scores.Statements[i]));
        var predictions = scores.Evaluate(PoolingMode.All, ThresholdMode.Shared);
        predictions.Select(p => p.Gold).ShouldBe(scores.Statements);
        MetricsCalculator.Compute(predictions).KindAccuracy.ShouldBeGreaterThan(0.6);
        var baseline = DevCrossValidation.Baseline(new Mining.Baseline.MinedKeywordBaseline(fixture.Rows).AsBaseline("mined"), data, folds, options.Sources);
        baseline.Select(p => p.Gold).ShouldBe(scores.Statements);
    }
}
