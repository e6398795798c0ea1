using SearchMining.Mining.Features;
using Shouldly;

namespace SearchMining.Mining.Tests.Features;

/// <summary>N-grams filtered by the number of agencies that write them (round 5), on real dev statements.</summary>
[Collection(MiningCollection.Name)]
public sealed class GramVocabularyTests(MiningFixture fixture)
{
    [Fact]
    public void Character_grams_stay_inside_runs_of_letters()
    {
        // 040_pingtan_shiyanqu_2022.txt: runs of 10 and 13 letters around the comma
        var grams = GramVocabulary.CharGrams("三是政策解读形式单一，缺少多个角度多种形式的解读。", 3).ToList();

        grams.ShouldContain("政策解");
        grams.ShouldNotContain("单一缺");
        grams.ShouldAllBe(g => g.All(char.IsLetter) && g.Length >= 1 && g.Length <= 3);
        grams.Count.ShouldBe(10 + 9 + 8 + 13 + 12 + 11);
    }

    [Fact]
    public void Word_grams_join_neighbouring_words()
    {
        var words = fixture.Rows.ForPrediction("三是政策解读形式单一。").Words.Split(' ');

        var grams = GramVocabulary.WordGrams(words).ToList();

        grams.Count.ShouldBe(2 * words.Length - 1);
        grams.ShouldContain(words[0] + GramVocabulary.WordJoiner + words[1]);
    }

    [Fact]
    public void Vocabulary_keeps_the_grams_several_agencies_write_and_drops_those_of_one_agency()
    {
        var rows = fixture.Dataset.Dev.Select(s => (Unit: GramVocabulary.UnitOf(s), Grams: fixture.Rows.ForPrediction(s.Text).CharGrams)).ToList();
        var agenciesOf = rows.SelectMany(r => r.Grams.Split(' ').Select(g => (Gram: g, r.Unit)))
            .GroupBy(x => x.Gram).ToDictionary(g => g.Key, g => g.Select(x => x.Unit).Distinct().Count());

        var two = GramVocabulary.Build(rows, 2);
        var five = GramVocabulary.Build(rows, 5);

        two.ShouldContain("信息公开");
        agenciesOf.Where(a => a.Value == 1).ShouldNotBeEmpty();
        agenciesOf.Where(a => a.Value == 1).ShouldAllBe(a => !two.Contains(a.Key));
        agenciesOf.Where(a => a.Value >= 2).ShouldAllBe(a => two.Contains(a.Key));
        five.ShouldAllBe(g => two.Contains(g));
        five.Count.ShouldBeLessThan(two.Count);
        GramVocabulary.Keep("信息公开 信息 某某某某", two, 2, words: false).ShouldBe("信息");
    }
}
