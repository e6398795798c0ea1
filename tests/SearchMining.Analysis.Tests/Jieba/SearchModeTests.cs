using SearchMining.Analysis.Jieba;
using Shouldly;

namespace SearchMining.Analysis.Tests.Jieba;

[Collection(JiebaCollection.Name)]
public sealed class SearchModeTests(JiebaFixture fixture)
{
    [Fact]
    public void Long_words_are_followed_by_their_dictionary_sub_words()
    {
        var segmenter = new JiebaSegmenter(fixture.Dictionary);
        segmenter.AddWord("政府信息公开");
        segmenter.Cut("政府信息公开", SegmentationMode.Search).ShouldBe(["政府信息公开", "政府", "信息", "公开"]);
        segmenter.AddWord("信息公开");
        segmenter.Cut("政府信息公开", SegmentationMode.Search).ShouldBe(["政府信息公开", "政府", "信息", "信息公开", "公开"]);
    }

    [Fact]
    public void Contains_every_sub_word_jieba_cut_for_search_gives_on_a_real_sentence()
    {
        var sentence = fixture.Real("政策解读形式不够丰富，未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件。");
        // python3-jieba: jieba.cut_for_search(sentence)
        string[] jieba = ["政策", "解读", "形式", "不够", "丰富", "，", "未能", "充分", "分运", "运用", "充分运用", "数字", "数字化", "、",
            "图表", "图解", "等", "方式", "通俗", "易懂", "通俗易懂", "地", "解读", "政策", "文件", "。"];
        var ours = fixture.Strict.Cut(sentence, SegmentationMode.Search);
        ours.Order().ShouldBe(jieba.Order());
    }

    [Fact]
    public void A_joined_date_is_followed_by_its_number()
    {
        fixture.Default.Segment("2023年12月", SegmentationMode.Search).ShouldBe([
            new WordToken("2023年", 0, 5), new WordToken("2023", 0, 4), new WordToken("12月", 5, 8), new WordToken("12", 5, 7)]);
    }

    [Fact]
    public void Precise_words_come_first_and_start_offsets_never_decrease()
    {
        var text = fixture.Real("如对本报告有疑问，可与市中区工业和信息化局联系");
        var search = fixture.Default.Segment(text, SegmentationMode.Search);
        var precise = fixture.Default.Segment(text);
        for (var i = 1; i < search.Count; i++)
            search[i].Start.ShouldBeGreaterThanOrEqualTo(search[i - 1].Start);
        search.Where(t => precise.Contains(t)).ShouldBe(precise);
        search.ShouldContain(new WordToken("中区", 12, 14));
    }
}
