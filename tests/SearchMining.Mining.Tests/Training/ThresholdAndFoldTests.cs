using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Training;
using Shouldly;

namespace SearchMining.Mining.Tests.Training;

public sealed class ThresholdAndFoldTests
{
    private static ScoredStatement Scored(bool training, float p)
    {
        var probabilities = new float[ThemeIds.All.Count];
        probabilities[0] = p;
        return new ScoredStatement(
            new LabelledStatement("x", "r.txt", "r", StatementKind.Problem, training ? [ThemeIds.Training] : [ThemeIds.Other], false),
            new StatementScores { ThemeProbabilities = probabilities, KindScores = [1, 0, 0] });
    }

    [Fact]
    public void Threshold_maximises_f1_on_validation_scores()
    {
        var thresholds = ThresholdSelector.Select([Scored(true, 0.9f), Scored(true, 0.32f), Scored(false, 0.2f), Scored(false, 0.1f)]);
        thresholds[ThemeIds.Training].ShouldBeInRange(0.25, 0.3);
        thresholds[ThemeIds.Channels].ShouldBe(ThresholdSelector.Default); // no positives: keep the default
    }

    [Fact]
    public void A_shared_threshold_maximises_macro_f1_over_the_themes_with_positives()
    {
        static ScoredStatement Two(bool training, float pTraining, bool channels, float pChannels)
        {
            var probabilities = new float[ThemeIds.All.Count];
            probabilities[0] = pTraining;
            probabilities[1] = pChannels;
            List<string> themes = [.. training ? [ThemeIds.Training] : Array.Empty<string>(), .. channels ? [ThemeIds.Channels] : Array.Empty<string>()];
            return new ScoredStatement(new LabelledStatement("x", "r.txt", "r", StatementKind.Problem, themes.Count == 0 ? [ThemeIds.Other] : themes, false),
                new StatementScores { ThemeProbabilities = probabilities, KindScores = [1, 0, 0] });
        }
        // training is separated at 0.25 … 0.30, channels at 0.65 … 0.80: no one threshold separates both
        List<ScoredStatement> validation =
        [
            Two(true, 0.9f, false, 0.1f), Two(true, 0.32f, false, 0.1f),
            Two(false, 0.2f, true, 0.8f), Two(false, 0.1f, false, 0.6f),
        ];
        var perTheme = ThresholdSelector.Select(validation, ThresholdMode.PerTheme);
        perTheme[ThemeIds.Training].ShouldBe(0.3);
        perTheme[ThemeIds.Channels].ShouldBe(0.65);
        var shared = ThresholdSelector.Select(validation, ThresholdMode.Shared);
        shared.Values.Distinct().ShouldBe([0.65]); // macro-F1 0.83 at 0.25–0.30 and at 0.65–0.80; ties go to the one nearest 0.5
    }

    [Fact]
    public void Agency_folds_hold_whole_agencies_of_similar_size_and_change_with_the_seed()
    {
        (string, int)[] agencies = [("a", 40), ("b", 35), ("c", 30), ("d", 12), ("e", 10), ("f", 8), ("g", 5), ("h", 3), ("i", 2), ("j", 1)];
        var folds = AgencyFolds.Assign(agencies, 3, seed: 1);
        folds.Count.ShouldBe(3);
        folds.SelectMany(f => f).Order().ShouldBe(agencies.Select(a => a.Item1)); // each agency in exactly one fold
        var sizes = folds.Select(f => agencies.Where(a => f.Contains(a.Item1)).Sum(a => a.Item2)).ToList();
        (sizes.Max() - sizes.Min()).ShouldBeLessThanOrEqualTo(40); // each agency goes to the smallest fold: sizes differ by at most the largest agency
        AgencyFolds.Assign(agencies, 3, seed: 1).SequenceEqual(folds, SetComparer).ShouldBeTrue(); // deterministic
        Enumerable.Range(2, 5).Select(seed => AgencyFolds.Assign(agencies, 3, seed)).ShouldContain(f => !f.SequenceEqual(folds, SetComparer));
    }

    private static readonly IEqualityComparer<IReadOnlySet<string>> SetComparer =
        EqualityComparer<IReadOnlySet<string>>.Create((a, b) => a!.SetEquals(b!), s => s.Count);

    [Fact]
    public void Item_markers_are_not_part_of_the_features()
    {
        StatementText.Normalize("一是加强业务培训").ShouldBe("加强业务培训");
        StatementText.Normalize("1. 主动意识不足。").ShouldBe("主动意识不足。");
        StatementText.Normalize("(二) 信息宣传力度不足").ShouldBe("信息宣传力度不足");
        StatementText.Normalize("一是否公开存疑").ShouldBe("一是否公开存疑");
        StatementText.Normalize("二是公開渠道有限，網站欄目更新不及時。").ShouldBe("公开渠道有限，网站栏目更新不及时。"); // the parser's Traditional fold
    }
}
