using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;
using Shouldly;

namespace SearchMining.Mining.Tests.Evaluation;

/// <summary>Round 4: the honest proxy's folds, its agency-bootstrap intervals and the THEMES.md keyword vote.</summary>
public sealed class HonestProxyTests
{
    [Fact]
    public void Outside_folds_hold_every_agency_outside_Pingtan_once_and_no_Pingtan_agency()
    {
        (string, int)[] agencies = [("pingtan_shiyanqu", 60), ("pingtan_jiaoyuju", 30), ("hongze_quzhengfu", 9), ("gongxian_shenjiju", 4),
            ("qujiang_minzhengju", 2), ("sanya_haitangqu", 7), ("linzi_wujiaju", 3), ("p_other", 5)];
        var folds = AgencyFolds.AssignOutside(agencies, 3, seed: 1);
        folds.Count.ShouldBe(3);
        folds.SelectMany(f => f).Order(StringComparer.Ordinal)
            .ShouldBe(agencies.Select(a => a.Item1).Where(a => !AgencyArchive.IsPingtan(a)).Order(StringComparer.Ordinal));
        folds.ShouldAllBe(f => f.Count > 0);
    }

    private static List<EvaluatedStatement> Predictions(Func<int, IReadOnlyList<string>> predicted)
    {
        string[] themes = [ThemeIds.Training, ThemeIds.Channels, ThemeIds.Timeliness];
        return Enumerable.Range(0, 60).Select(i =>
        {
            var gold = new LabelledStatement($"s{i}", $"r{i / 4}.txt", $"agency{i / 4}", StatementKind.Problem, [themes[i % 3]], false);
            return new EvaluatedStatement(gold, StatementKind.Problem, predicted(i) ?? gold.Themes);
        }).ToList();
    }

    [Fact]
    public void Intervals_are_a_point_for_a_perfect_classifier_and_hold_the_observed_figure_otherwise()
    {
        var perfect = ThemeIntervals.Of(Predictions(_ => null!), resamples: 200, unit: s => s.Group);
        perfect.MacroF1.ShouldBe((1.0, 1.0));
        perfect.Units.ShouldBe(15);
        var noisy = Predictions(i => i % 5 == 0 ? [ThemeIds.Other] : null!);
        var intervals = ThemeIntervals.Of(noisy, resamples: 500, unit: s => s.Group);
        var observed = MetricsCalculator.Compute(noisy);
        intervals.MacroF1.Low.ShouldBeLessThan(observed.MacroF1);
        intervals.MacroF1.High.ShouldBeGreaterThanOrEqualTo(observed.MacroF1);
        foreach (var t in new[] { ThemeIds.Training, ThemeIds.Channels, ThemeIds.Timeliness })
            observed.PerTheme[t].F1.ShouldBeInRange(intervals.PerTheme[t].Low, intervals.PerTheme[t].High);
        double.IsNaN(intervals.PerTheme[ThemeIds.Supervision].Low).ShouldBeTrue(); // no positives: no interval
    }

    [Fact]
    public void The_keyword_vote_adds_only_voting_themes_the_text_names_and_drops_other()
    {
        const string text = "二是公開渠道有限，網站欄目更新不及時。"; // Traditional: read through the parser's fold
        var mentioned = KeywordVote.Mentioned(text);
        mentioned.ShouldContain(ThemeIds.Timeliness);
        mentioned.ShouldNotContain(ThemeIds.Other);
        var timeliness = new HashSet<string> { ThemeIds.Timeliness };
        KeywordVote.Apply([ThemeIds.Channels], mentioned, timeliness).ShouldBe([ThemeIds.Channels, ThemeIds.Timeliness]);
        KeywordVote.Apply([ThemeIds.Other], mentioned, timeliness).ShouldBe([ThemeIds.Timeliness]);
        KeywordVote.Apply([ThemeIds.Channels], mentioned, new HashSet<string>()).ShouldBe([ThemeIds.Channels]);
        KeywordVote.Apply([ThemeIds.Other], mentioned, new HashSet<string> { ThemeIds.Supervision }).ShouldBe([ThemeIds.Other]); // not named
    }

    [Fact]
    public void A_statement_with_a_near_copy_in_another_agency_is_left_out_of_the_figures_without_close_text()
    {
        // real problem statements (data/corpus/pages p309, p314): two agencies sharing one template, and a line of p309 of its own
        static LabelledStatement Of(string text, string agency) => new(text, agency + ".txt", agency, StatementKind.Problem, [ThemeIds.Awareness], false, Slug: agency);
        var a = Of("一是各科室工作人员对政府信息公开重要性的认识有待进一步提高;", "feicheng_shengtaihuanjingfenju");
        var b = Of("一是对政府信息公开重要性的认识有待进一步加强;", "gongxian_shenjiju");
        var c = Of("三是信息公开形式有待拓展。", "feicheng_shengtaihuanjingfenju");
        var predictions = new[] { a, b, c }.Select(s => new EvaluatedStatement(s, s.Kind, s.Themes)).ToList();
        CloseText.WithoutCloseText(predictions, [a, b, c]).Select(p => p.Gold).ShouldBe([c]);
        CloseText.WithoutCloseText(predictions, [a, c]).Select(p => p.Gold).ShouldBe([a, c]); // a's own agency is no shared template; b's close text a is another agency's
        CloseText.WithoutCloseText(predictions, [c]).Select(p => p.Gold).ShouldBe([a, b, c]);
    }
}
