using SearchMining.Core.Domain;
using SearchMining.Mining.Baseline;
using SearchMining.Mining.Themes;
using Shouldly;

namespace SearchMining.Mining.Tests.Themes;

public sealed class KeywordBaselineTests
{
    private readonly KeywordThemeClassifier _baseline = new(ThemesDocLexicon.Instance);

    [Fact]
    public void Keywords_decide_the_themes_and_cues_the_kind()
    {
        var c = _baseline.Classify("下一步，将充分利用微博、微信、短视频等新媒体平台发布政府信息，回应公众关切，与公众进行互动交流。");
        c.Themes.ShouldBe([ThemeIds.Channels, ThemeIds.Interpretation, ThemeIds.Interaction]);
        c.Kind.ShouldBe(StatementKind.Measure);
    }

    [Fact]
    public void Rectification_and_problem_cues()
    {
        _baseline.Classify("针对上年度栏目更新不及时的问题，已对全部栏目进行整改。").Kind.ShouldBe(StatementKind.Rectification);
        _baseline.Classify("1. 主动意识不足。政务公开的主动作为意识较为薄弱。").Kind.ShouldBe(StatementKind.Problem);
    }

    [Fact]
    public void No_keyword_means_other()
    {
        _baseline.Classify("2023年政府信息公开工作虽然取得了一定成绩，但是还存一些问题。").Themes.ShouldBe([ThemeIds.Other]);
    }
}
