using SearchMining.Index.Evaluation;
using Shouldly;

namespace SearchMining.Index.Tests.Relevance;

/// <summary>Cross-validated choice of a configuration (<c>eval-relevance --cv</c>): a fold's own needs never take part in its choice.</summary>
public sealed class CrossValidationTests
{
    private static readonly string[] Ids = Enumerable.Range(1, 60).Select(i => $"n{i:00}").ToArray();

    private static Dictionary<string, IReadOnlyDictionary<string, NeedScore>> Scores(Func<string, string, double> ndcg, params string[] configs) =>
        configs.ToDictionary(c => c, c => (IReadOnlyDictionary<string, NeedScore>)Ids.ToDictionary(id => id, id => new NeedScore(ndcg(c, id), ndcg(c, id))));

    [Fact]
    public void Folds_are_fixed_by_the_need_id_and_all_used()
    {
        Ids.Select(id => CrossValidation.Fold(id, 5)).ShouldBe(Ids.Select(id => CrossValidation.Fold(id, 5)));
        Ids.Select(id => CrossValidation.Fold(id, 5)).Distinct().Order().ShouldBe([0, 1, 2, 3, 4]);
    }

    [Fact]
    public void A_configuration_that_wins_only_on_the_scored_fold_is_never_chosen_for_it()
    {
        // "lucky" is perfect exactly on the needs of fold 0 and useless elsewhere; "steady" scores 0.5 everywhere.
        var scores = Scores((config, id) => config == "steady" ? 0.5 : CrossValidation.Fold(id, 5) == 0 ? 1 : 0, "steady", "lucky");
        var inSampleLucky = Ids.Average(id => scores["lucky"][id].Ndcg);

        var result = CrossValidation.Run(["steady", "lucky"], scores, 5);

        result.ChosenPerFold.ShouldAllBe(c => c == "steady"); // fold 0 is chosen on folds 1-4, where lucky scores 0
        result.Ndcg.ShouldBe(0.5, 1e-9);
        inSampleLucky.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void Ties_keep_the_earliest_candidate_and_a_better_one_everywhere_is_chosen_everywhere()
    {
        CrossValidation.Run(["a", "b"], Scores((_, _) => 0.7, "a", "b"), 5).ChosenPerFold.ShouldAllBe(c => c == "a");
        var better = CrossValidation.Run(["a", "b"], Scores((c, _) => c == "b" ? 0.8 : 0.7, "a", "b"), 5);
        better.ChosenPerFold.ShouldAllBe(c => c == "b");
        better.ChosenOnAll.ShouldBe("b");
        better.Ndcg.ShouldBe(0.8, 1e-9);
    }
}
