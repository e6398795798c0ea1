using SearchMining.Analysis.Jieba;
using Shouldly;

namespace SearchMining.Analysis.Tests.Jieba;

[Collection(JiebaCollection.Name)]
public sealed class DictionaryTests(JiebaFixture fixture)
{
    [Fact]
    public void Bundled_dictionary_has_jiebas_entries_and_frequencies()
    {
        fixture.Dictionary.WordCount.ShouldBe(349_045);
        fixture.Dictionary.TotalFrequency.ShouldBe(60_101_967);
        fixture.Dictionary.FrequencyOf("行政复议").ShouldBe(3);
        fixture.Dictionary.FrequencyOf("年").ShouldBe(248_559);
        fixture.Dictionary.FrequencyOf("不存在的词语甲").ShouldBe(0);
        fixture.Dictionary.Hmm.CharacterCount.ShouldBeGreaterThan(6_000);
    }

    [Fact]
    public void A_dictionary_loads_from_streams()
    {
        var dictionary = JiebaDictionary.Load(
            Utf8("政府 100 n\n信息 80 n\n公开 60 v\n信息公开 50 n\n"),
            Utf8("""{"B": -0.26, "E": -3.14e+100, "M": -3.14e+100, "S": -1.46}"""),
            Utf8("""{"B": {"E": -0.51, "M": -0.91}, "E": {"B": -0.58, "S": -0.80}, "M": {"E": -0.33, "M": -1.26}, "S": {"B": -0.72, "S": -0.66}}"""),
            Utf8("""{"B": {}, "E": {}, "M": {}, "S": {}}"""));
        dictionary.WordCount.ShouldBe(4);
        new JiebaSegmenter(dictionary).Cut("政府信息公开").ShouldBe(["政府", "信息公开"]);
    }

    private static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
