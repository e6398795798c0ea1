using SearchMining.Mining.Baseline;
using SearchMining.Mining.Themes;
using Shouldly;

namespace SearchMining.Mining.Tests.Baseline;

/// <summary>The fold-fitted keyword baseline learns its words from the training statements it is given, and only from them.</summary>
[Collection(MiningCollection.Name)]
public sealed class MinedKeywordBaselineTests(MiningFixture fixture)
{
    [Fact]
    public void Keywords_mined_from_synthetic_statements_include_the_obvious_theme_words()
    {
        var keywords = new MinedKeywordBaseline(fixture.Rows).MineKeywords(fixture.Labels.Synthetic.ToList());
        keywords[ThemeIds.Interpretation].ShouldContain("解读");
        keywords[ThemeIds.Training].ShouldContain("培训");
        keywords.ShouldNotContainKey(ThemeIds.Other);
        keywords.Values.SelectMany(w => w).ShouldAllBe(w => w.Length >= 2);
    }

    [Fact]
    public void A_word_seen_in_too_few_statements_of_a_theme_is_never_a_keyword()
    {
        var training = fixture.Labels.Synthetic.Where(s => s.Themes.Contains(ThemeIds.Interpretation)).Take(MinedKeywordBaseline.MinimumCount - 1)
            .Concat(fixture.Labels.Synthetic.Where(s => !s.Themes.Contains(ThemeIds.Interpretation)).Take(50)).ToList();
        new MinedKeywordBaseline(fixture.Rows).MineKeywords(training)[ThemeIds.Interpretation].ShouldBeEmpty();
    }

    [Fact]
    public void Fitted_baseline_classifies_with_its_mined_words()
    {
        var baseline = new MinedKeywordBaseline(fixture.Rows).Fit(fixture.Labels.Synthetic.ToList());
        baseline.Classify("三是政策解读形式单一，缺少多个角度多种形式的解读。").Themes.ShouldContain(ThemeIds.Interpretation);
        baseline.Classify("对照上级新要求和新期待。").Themes.ShouldBe([ThemeIds.Other]);
    }
}
