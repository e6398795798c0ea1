using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Training;
using Shouldly;

namespace SearchMining.Mining.Tests.Features;

/// <summary>Round 7: the descriptor cue flags and the rare-theme class weight, on real dev statements (data/themes/real-settled.jsonl).</summary>
[Collection(MiningCollection.Name)]
public sealed class DescriptorCuesTests(MiningFixture fixture)
{
    private LabelledStatementText Dev(string start)
    {
        var statement = fixture.Dataset.Dev.First(s => s.Text.StartsWith(start, StringComparison.Ordinal));
        return new LabelledStatementText(StatementText.Normalize(statement.Text), statement.Themes);
    }

    [Fact]
    public void A_supervision_statement_without_a_THEMES_md_supervision_keyword_gets_the_supervision_descriptor_flag()
    {
        // 平潭县工商局 2012: "以绩效考评为抓手 … 督办、检查、考评" — labelled supervision, and none of 监督 / 考核 / 问责 / 投诉 occurs.
        var statement = Dev("2.以绩效考评为抓手");
        statement.Themes.ShouldContain(ThemeIds.Supervision);
        ThemesDocLexicon.Instance.Mentions(statement.Text, ThemeIds.Supervision).ShouldBeFalse();
        var row = fixture.Rows.ForPrediction(statement.Text);
        row.ExtraCues.ShouldBe([1f, 1f]); // 考评 (descriptor); and no THEMES.md keyword of any named theme occurs
        row.Cues[ThemeIds.All.ToList().IndexOf(ThemeIds.Supervision)].ShouldBe(0); // the THEMES.md supervision flag misses it
    }

    [Fact]
    public void A_general_statement_that_names_no_theme_gets_the_other_flag_and_a_concrete_one_does_not()
    {
        // 平潭经济发展局: "目前，我局在信息公开工作中仍存在一些问题。" — labelled other, no THEMES.md keyword of a named theme.
        var general = Dev("目前，我局在信息公开工作中仍存在一些问题");
        general.Themes.ShouldBe([ThemeIds.Other]);
        fixture.Rows.ForPrediction(general.Text).ExtraCues.ShouldBe([0f, 1f]);

        // 强化监督保障 … 考核制度、社会评议和责任追究: supervision named by THEMES.md words and by the descriptors.
        var supervision = Dev("（三）强化监督保障");
        supervision.Themes.ShouldContain(ThemeIds.Supervision);
        fixture.Rows.ForPrediction(supervision.Text).ExtraCues.ShouldBe([1f, 0f]);
    }

    [Fact]
    public void On_the_dev_statements_the_other_flag_leans_to_other()
    {
        var flagged = fixture.Dataset.Dev.Where(s => fixture.Rows.ForPrediction(s.Text).ExtraCues[1] == 1).ToList();
        flagged.Count.ShouldBeGreaterThan(10);
        // other's share among the flagged statements is more than twice its share in dev
        var otherShare = (double)fixture.Dataset.Dev.Count(s => s.Themes.Contains(ThemeIds.Other)) / fixture.Dataset.Dev.Count;
        ((double)flagged.Count(s => s.Themes.Contains(ThemeIds.Other)) / flagged.Count).ShouldBeGreaterThan(2 * otherShare);
    }

    [Fact]
    public void Copies_of_the_rare_themes_positives_raise_their_scores_on_them()
    {
        var training = fixture.Dataset.Training(TrainingSources.Corpus).Take(200).ToList();
        var rare = ThemeModelBuilder.RareThemes(training);
        rare.Count.ShouldBe(TrainingOptions.RareThemeCount);
        var counts = ThemeIds.All.ToDictionary(t => t, t => training.Count(s => s.Themes.Contains(t)));
        rare.Max(t => counts[t]).ShouldBeLessThanOrEqualTo(ThemeIds.All.Except(rare).Min(t => counts[t]));
        var theme = rare[0];
        var positives = training.Where(s => s.Themes.Contains(theme)).Select(s => s.Text).ToList();
        positives.ShouldNotBeEmpty();
        double Mean(int copies)
        {
            using var model = new ThemeModelBuilder(fixture.Rows, TrainingOptions.Default with { Pooling = PoolingMode.None, RarePositiveCopies = copies }).Fit(training);
            var index = ThemeIds.All.ToList().IndexOf(theme);
            return new StatementScorer(model, fixture.Rows).ScoreAll(positives, clausePooling: false).Average(s => s.ThemeProbabilities[index]);
        }
        Mean(3).ShouldBeGreaterThan(Mean(1));
    }

    private sealed record LabelledStatementText(string Text, IReadOnlyList<string> Themes);
}
