using Microsoft.ML;
using SearchMining.Core.Domain;
using SearchMining.Mining.Features;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;
using Shouldly;

namespace SearchMining.Mining.Tests.Training;

/// <summary>Trains on the synthetic statements only (seconds) and checks obvious cases on real report sentences it never saw.</summary>
[Collection(MiningCollection.Name)]
public sealed class SmallFixtureTrainingTests(MiningFixture fixture)
{
    private ThemeModel Train() =>
        new ThemeModelBuilder(fixture.Rows, TrainingOptions.Default).Fit(fixture.Labels.Synthetic.ToList());

    /// <summary>One fit shared by the tests that only read scores (the fixture disposes it).</summary>
    private ThemeModel Shared => fixture.SyntheticModel;

    [Fact]
    public void Model_trained_on_synthetic_statements_tags_obvious_real_sentences()
    {
        var model = Shared;
        var classifier = new ThemeClassifier(model, fixture.Rows);

        // 038_hongze_quzhengfu_2024.txt
        var training = classifier.Classify("三是继续加强业务指导培训，实行政府信息公开工作人员跟班学习制度，不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。");
        training.Themes.ShouldContain(ThemeIds.Training);
        training.Kind.ShouldBe(StatementKind.Measure);

        // 040_pingtan_shiyanqu_2022.txt
        var interpretation = classifier.Classify("三是政策解读形式单一，缺少多个角度多种形式的解读。");
        interpretation.Themes.ShouldContain(ThemeIds.Interpretation);
        interpretation.Kind.ShouldBe(StatementKind.Problem);

        // 013_ziyang_nanxunxiang_2014.txt (the measure clause the parser cuts at 下步)
        var measure = classifier.Classify("下步打算将进一步扩大政府公开内容,确保信息公开的及时性、有效性。");
        measure.Kind.ShouldBe(StatementKind.Measure);
        measure.Themes.ShouldContain(ThemeIds.Coverage);
    }

    [Fact]
    public void Clause_pooling_raises_each_theme_but_other_to_its_best_clause_and_keeps_the_kind_of_the_whole()
    {
        var model = Shared;
        var scorer = new StatementScorer(model, fixture.Rows);
        // 038_hongze_quzhengfu_2024.txt
        const string text = "个别部门对复杂申请件的研判能力不足，答复文书规范性有待提升，疑难问题协调处理机制尚需完善，政策解读的形式还不够丰富，政务新媒体运维管理还需加强等。";
        var whole = scorer.Score(text, clausePooling: false);
        var pooled = scorer.Score(text, clausePooling: true);
        var clauses = StatementClauses.Split(text).Select(c => scorer.Score(c, clausePooling: false)).ToList();
        pooled.KindScores.ShouldBe(whole.KindScores);
        for (var i = 0; i < ThemeIds.All.Count; i++)
            pooled.ThemeProbabilities[i].ShouldBe(ThemeIds.All[i] == ThemeIds.Other
                ? whole.ThemeProbabilities[i] // `other` is about the whole statement: never raised by a clause
                : Math.Max(whole.ThemeProbabilities[i], clauses.Max(c => c.ThemeProbabilities[i])), 1e-6f);
        var channels = ThemeIds.All.ToList().IndexOf(ThemeIds.Channels);
        pooled.ThemeProbabilities[channels].ShouldBeGreaterThan(whole.ThemeProbabilities[channels]);
        scorer.ScoreAll([text, "二是公开渠道有限。"], clausePooling: true)[0].ThemeProbabilities.ShouldBe(pooled.ThemeProbabilities);
    }

    [Fact]
    public void Scores_cover_every_theme_and_stay_in_range()
    {
        var model = Shared;
        var c = new ThemeClassifier(model, fixture.Rows).Classify("二是公开渠道有限。街道信息公开大多通过政府门户网站、政务新媒体等平台进行信息公开。");
        c.ThemeScores.Keys.ShouldBe(ThemeIds.All, ignoreOrder: true);
        c.ThemeScores.Values.ShouldAllBe(v => v >= 0 && v <= 1);
        c.KindConfidence.ShouldBeInRange(0, 1);
        c.Themes.ShouldContain(ThemeIds.Channels);
    }

    [Fact]
    public void Saved_model_is_byte_identical_on_resave_and_loads_back_with_the_same_scores()
    {
        var model = Shared;
        var folder = Directory.CreateTempSubdirectory("theme-model-").FullName;
        try
        {
            var store = new ThemeModelStore(new MLContext(seed: 1));
            var first = Path.Combine(folder, "a.zip");
            var second = Path.Combine(folder, "b.zip");
            store.Save(model, first);
            store.Save(model, second);
            File.ReadAllBytes(first).ShouldBe(File.ReadAllBytes(second));

            var loaded = store.Load(first);
            loaded.Error.ShouldBeNull();
            using var reloaded = loaded.Model!;
            reloaded.Manifest.Thresholds.ShouldBe(model.Manifest.Thresholds);
            const string text = "二是公开渠道有限。街道信息公开大多通过政府门户网站、政务新媒体等平台进行信息公开。";
            reloaded.Score(fixture.Rows.ForPrediction(text)).ThemeProbabilities.ShouldBe(model.Score(fixture.Rows.ForPrediction(text)).ThemeProbabilities);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Training_is_deterministic()
    {
        using var first = Train();
        using var second = Train();
        const string text = "针对上年度栏目更新不及时的问题，已对全部栏目进行梳理，明确每个栏目的更新周期和责任人。";
        var a = first.Score(fixture.Rows.ForPrediction(text));
        var b = second.Score(fixture.Rows.ForPrediction(text));
        a.ThemeProbabilities.ShouldBe(b.ThemeProbabilities);
        a.KindScores.ShouldBe(b.KindScores);
    }

    [Fact]
    public void A_traditional_statement_gets_the_scores_of_its_simplified_form()
    {
        var classifier = new ThemeClassifier(Shared, fixture.Rows);
        var simplified = classifier.Classify("二是公开渠道有限。街道信息公开大多通过政府门户网站、政务新媒体等平台进行信息公开。");
        var traditional = classifier.Classify("二是公開渠道有限。街道信息公開大多通過政府門戶網站、政務新媒體等平臺進行信息公開。");
        traditional.ThemeScores.ShouldBe(simplified.ThemeScores);
        traditional.Kind.ShouldBe(simplified.Kind);
        traditional.Themes.ShouldContain(ThemeIds.Channels);
    }
}
