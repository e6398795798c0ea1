using Shouldly;

namespace SearchMining.Analysis.Tests.Jieba;

[Collection(JiebaCollection.Name)]
public sealed class HmmTests(JiebaFixture fixture)
{
    [Theory]
    [InlineData("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "勾稽")]
    [InlineData("运用抖音号报道进博会", "抖音")]
    [InlineData("两条微信阅读量即达180万次", "微信")]
    [InlineData("实现管理、数据、服务、运维、安全等集约化各项功能", "运维")]
    public void Finds_words_missing_from_the_dictionary(string sentence, string word)
    {
        fixture.Dictionary.FrequencyOf(word).ShouldBe(0);
        fixture.Strict.Cut(fixture.Real(sentence)).ShouldContain(word);
        fixture.StrictNoHmm.Cut(sentence).ShouldNotContain(word);
    }

    [Fact]
    public void Keeps_latin_and_decimal_runs_whole_inside_unknown_text()
    {
        // "2024年本" is not a word: the HMM pass keeps "2024" whole and decodes the Han part.
        fixture.Strict.Cut("2024年本机关").ShouldBe(["2024", "年本", "机关"]);
        fixture.Strict.Cut("增长3.5%以上").ShouldContain("3.5%");
    }
}
