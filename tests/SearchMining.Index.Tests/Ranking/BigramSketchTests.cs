using SearchMining.Index.Ranking;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Ranking;

public sealed class BigramSketchTests
{
    private static async Task<IReadOnlyList<string>> SectionTextsAsync() =>
        (await SampleCorpus.ParseAsync()).SelectMany(r => r.SearchableSections()).Select(s => s.Text).Where(t => t.Length > 200).ToList();

    [Fact]
    public async Task A_section_with_a_few_words_changed_repeats_it_and_another_section_does_not()
    {
        var texts = await SectionTextsAsync();
        var text = texts.OrderByDescending(t => t.Length).First();
        // A copy of a real section with its year and one phrase changed, as the series' copies differ.
        var copy = text.Replace("2019", "2020", StringComparison.Ordinal).Replace("政府信息", "政务信息", StringComparison.Ordinal);
        copy.ShouldNotBe(text);
        BigramSketch.Of(text).Overlaps(BigramSketch.Of(copy), RerankFeatures.RepeatOverlap).ShouldBeTrue();
        BigramSketch.Of(text).Overlaps(BigramSketch.Of(text), RerankFeatures.RepeatOverlap).ShouldBeTrue();
        var other = texts.First(t => t != text && !t.Contains(text[..50], StringComparison.Ordinal));
        BigramSketch.Of(text).Overlaps(BigramSketch.Of(other), RerankFeatures.RepeatOverlap).ShouldBeFalse();
    }

    [Fact]
    public async Task The_sketch_agrees_with_the_exact_overlap_away_from_the_threshold()
    {
        // Every pair of the sample's sections: where the exact bigram Jaccard is clearly below or above 0.8, the estimate agrees.
        var sample = await SectionTextsAsync();
        // With a copy of a few sections given one more sentence (a repeat, as a series' copies are), so both answers occur.
        var texts = sample.Concat(sample.Take(5).Select(t => t + "本年度无其他需要报告的事项。")).ToList();
        var sets = texts.Select(Bigrams).ToList();
        var sketches = texts.Select(BigramSketch.Of).ToList();
        var (checkedPairs, repeats) = (0, 0);
        for (var i = 0; i < texts.Count; i++)
            for (var j = i + 1; j < texts.Count; j++)
            {
                var shared = sets[i].Count(sets[j].Contains);
                var jaccard = shared / (double)(sets[i].Count + sets[j].Count - shared);
                if (jaccard is > 0.6 and < 0.95) continue;
                checkedPairs++;
                if (jaccard >= 0.95) repeats++;
                sketches[i].Overlaps(sketches[j], RerankFeatures.RepeatOverlap).ShouldBe(jaccard >= 0.95, $"sections {i} and {j}: exact Jaccard {jaccard:0.000}");
            }
        checkedPairs.ShouldBeGreaterThan(1000);
        repeats.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Empty_and_whitespace_texts_repeat_nothing()
    {
        BigramSketch.Of("").Count.ShouldBe(0);
        BigramSketch.Of(" \n ").Overlaps(BigramSketch.Of(" \n "), RerankFeatures.RepeatOverlap).ShouldBeFalse();
        BigramSketch.Of("信息公开").Count.ShouldBe(3);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
            if (!char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i + 1])) set.Add(text.Substring(i, 2));
        return set;
    }
}
