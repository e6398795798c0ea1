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
        var mined = new MinedKeywordBaseline(fixture.Rows);
        var baseline = mined.Fit(fixture.Labels.Synthetic.ToList());
        baseline.Classify("三是政策解读形式单一，缺少多个角度多种形式的解读。").Themes.ShouldContain(ThemeIds.Interpretation);
        // general statements without a theme (the second from a real report, labelled `other`); the first that holds none of the mined words (the mined
        // list grows with the synthetic batches: after batch 6 the first one holds a mined interaction word) must come out as `other`
        var words = mined.MineKeywords(fixture.Labels.Synthetic.ToList()).Values.SelectMany(w => w).ToList();
        var general = new[] { "对照上级新要求和公众新期待。", "三是工作创新能力仍需进一步增强。", "我局将继续努力，推动各项工作再上新台阶。" }
            .FirstOrDefault(t => !words.Any(t.Contains));
        general.ShouldNotBeNull("every general sentence holds a mined word");
        baseline.Classify(general).Themes.ShouldBe([ThemeIds.Other]);
    }
}
