using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Training;
using Shouldly;

namespace SearchMining.Mining.Tests.Training;

[Collection(MiningCollection.Name)]
public sealed class StatementWeightsTests(MiningFixture fixture)
{
    [Fact]
    public void Agency_weighting_gives_a_large_agency_less_weight_a_statement_and_keeps_the_real_total()
    {
        var training = fixture.Dataset.Training(TrainingSources.All);
        var weights = StatementWeights.Of(training, SampleWeighting.Agency);
        var real = Enumerable.Range(0, training.Count).Where(i => !training[i].Synthetic).ToList();
        real.Sum(i => (double)weights[i]).ShouldBe(real.Count, tolerance: 1e-2);
        Enumerable.Range(0, training.Count).Where(i => training[i].Synthetic).ShouldAllBe(i => weights[i] == 1f);
        var byAgency = real.GroupBy(i => ThemeDataset.AgencyOf(training[i])).OrderBy(g => g.Count()).ToList();
        var largest = byAgency[^1];
        var smallest = byAgency[0];
        weights[largest.First()].ShouldBeLessThan(weights[smallest.First()]);
        (largest.Sum(i => weights[i]) / largest.Count()).ShouldBeLessThan(1f);
        var synthetic = StatementWeights.Of(training, SampleWeighting.Synthetic);
        Enumerable.Range(0, training.Count).ShouldAllBe(i => synthetic[i] == (training[i].Synthetic ? (float)StatementWeights.SyntheticWeight : 1f));
    }

    [Fact]
    public void Equal_agency_weighting_gives_every_agency_the_same_total_and_keeps_the_real_total()
    {
        var training = fixture.Dataset.Training(TrainingSources.All);
        var weights = StatementWeights.Of(training, SampleWeighting.AgencyEqual);
        var real = Enumerable.Range(0, training.Count).Where(i => !training[i].Synthetic).ToList();
        real.Sum(i => (double)weights[i]).ShouldBe(real.Count, tolerance: 1e-2);
        Enumerable.Range(0, training.Count).Where(i => training[i].Synthetic).ShouldAllBe(i => weights[i] == 1f);
        var totals = real.GroupBy(i => ThemeDataset.AgencyOf(training[i])).Select(g => g.Sum(i => (double)weights[i])).ToList();
        totals.Count.ShouldBeGreaterThan(50);
        totals.ShouldAllBe(t => Math.Abs(t - totals[0]) < 1e-3);
        // a Pingtan unit with many statements weighs less a statement than an agency outside the archive with one or two
        var pingtan = real.Where(i => AgencyArchive.IsPingtan(training[i])).GroupBy(i => ThemeDataset.AgencyOf(training[i])).MaxBy(g => g.Count())!;
        var small = real.GroupBy(i => ThemeDataset.AgencyOf(training[i])).MinBy(g => g.Count())!;
        weights[pingtan.First()].ShouldBeLessThan(weights[small.First()] / 10);
    }

    [Fact]
    public void Near_duplicates_of_one_agency_share_one_weight()
    {
        var training = fixture.Dataset.Training(TrainingSources.Corpus);
        var first = training.First(s => !s.Synthetic);
        var twin = first with { Id = first.Id + "-again" };
        var other = training.First(s => ThemeDataset.AgencyOf(s) != ThemeDataset.AgencyOf(first));
        var weights = StatementWeights.Of([first, twin, other with { Text = first.Text }], SampleWeighting.NearDuplicates);
        weights[0].ShouldBe(weights[1]);
        weights[2].ShouldBe(2 * weights[0], tolerance: 1e-4); // same text, other agency: not merged
        StatementWeights.Of([first, other], SampleWeighting.NearDuplicates).ShouldAllBe(w => Math.Abs(w - 1f) < 1e-6);
    }

    [Fact]
    public void Close_texts_of_different_agencies_share_one_weight_under_template_weighting()
    {
        var training = fixture.Dataset.Training(TrainingSources.Corpus);
        var first = training.First(s => !s.Synthetic);
        var other = training.First(s => ThemeDataset.AgencyOf(s) != ThemeDataset.AgencyOf(first));
        var unrelated = training.First(s => ThemeDataset.AgencyOf(s) != ThemeDataset.AgencyOf(first)
            && s.Text != first.Text && CloseText.Novel([s], [first]).Count == 1);
        var weights = StatementWeights.Of([first, other with { Text = first.Text }, unrelated], SampleWeighting.Templates);
        weights[0].ShouldBe(weights[1]);
        weights[2].ShouldBe(2 * weights[0], tolerance: 1e-4); // a template copied by two agencies counts once
        weights.Sum().ShouldBe(3f, tolerance: 1e-4);
    }

    [Fact]
    public void Pingtan_weighting_halves_the_archive_statements_against_the_others()
    {
        var training = fixture.Dataset.Training(TrainingSources.All);
        var weights = StatementWeights.Of(training, SampleWeighting.Pingtan);
        var pingtan = Enumerable.Range(0, training.Count).First(i => !training[i].Synthetic && AgencyArchive.IsPingtan(training[i]));
        var outside = Enumerable.Range(0, training.Count).First(i => !training[i].Synthetic && !AgencyArchive.IsPingtan(training[i]));
        weights[outside].ShouldBe(weights[pingtan] / (float)StatementWeights.PingtanWeight, tolerance: 1e-4);
        Enumerable.Range(0, training.Count).Where(i => !training[i].Synthetic).Sum(i => (double)weights[i])
            .ShouldBe(training.Count(s => !s.Synthetic), tolerance: 1e-2);
    }

    [Fact]
    public void Dev_folds_each_hold_agencies_outside_pingtan()
    {
        var agencies = fixture.Dataset.DevAgencies;
        var outside = agencies.Count(a => !AgencyArchive.IsPingtan(a.Agency));
        outside.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var folds = AgencyFolds.Assign(agencies, 5, seed);
            folds.ShouldAllBe(f => f.Any(a => !AgencyArchive.IsPingtan(a)));
            folds.SelectMany(f => f).Count().ShouldBe(agencies.Count);
        }
    }
}

[Collection(MiningCollection.Name)]
public sealed class WeightedFitTests(MiningFixture fixture)
{
    [Fact]
    public void Weighting_the_real_statements_changes_the_fitted_model()
    {
        var training = fixture.Dataset.Training(TrainingSources.Corpus).Take(150).ToList();
        var probe = fixture.Dataset.Samples.Take(10).Select(s => s.Text).ToList();
        float[] Scores(SampleWeighting weighting)
        {
            using var model = new ThemeModelBuilder(fixture.Rows, TrainingOptions.Default with { Weighting = weighting }).Fit(training);
            return new Mining.Themes.StatementScorer(model, fixture.Rows).ScoreAll(probe, clausePooling: false).SelectMany(s => s.ThemeProbabilities).ToArray();
        }
        var plain = Scores(SampleWeighting.None);
        var weighted = Scores(SampleWeighting.Agency);
        plain.Zip(weighted).Max(p => Math.Abs(p.First - p.Second)).ShouldBeGreaterThan(1e-3f);
    }
}

[Collection(MiningCollection.Name)]
public sealed class KindTrainerTests(MiningFixture fixture)
{
    [Fact]
    public void The_kind_classifier_can_use_another_learner_than_the_themes_and_the_manifest_says_which()
    {
        var training = fixture.Dataset.Training(TrainingSources.Corpus).Take(150).ToList();
        var probe = fixture.Dataset.Samples.Take(10).Select(s => s.Text).ToList();
        (float[] Kinds, float[] Themes, ThemeTrainer? KindTrainer) Fit(TrainingOptions options)
        {
            using var model = new ThemeModelBuilder(fixture.Rows, options).Fit(training);
            var scores = new Mining.Themes.StatementScorer(model, fixture.Rows).ScoreAll(probe, clausePooling: false);
            return (scores.SelectMany(s => s.KindScores).ToArray(), scores.SelectMany(s => s.ThemeProbabilities).ToArray(), model.Manifest.KindTrainer);
        }
        var svm = Fit(TrainingOptions.Default);
        var mixed = Fit(TrainingOptions.Default with { Trainer = ThemeTrainer.LbfgsLogistic, KindTrainer = ThemeTrainer.LinearSvm });
        mixed.KindTrainer.ShouldBe(ThemeTrainer.LinearSvm);
        svm.KindTrainer.ShouldBe(ThemeTrainer.LinearSvm);
        mixed.Kinds.ShouldBe(svm.Kinds); // same learner, seed and features: the same kind scores
        svm.Themes.Zip(mixed.Themes).Max(p => Math.Abs(p.First - p.Second)).ShouldBeGreaterThan(1e-3f); // the themes' learner did change
    }
}
