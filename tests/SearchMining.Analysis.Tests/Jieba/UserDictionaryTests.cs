using SearchMining.Analysis.Jieba;
using Shouldly;

namespace SearchMining.Analysis.Tests.Jieba;

[Collection(JiebaCollection.Name)]
public sealed class UserDictionaryTests(JiebaFixture fixture)
{
    [Fact]
    public void A_word_added_at_run_time_is_kept_whole()
    {
        var sentence = fixture.Real("进一步规范依申请公开流程，畅通依申请公开受理渠。");
        var segmenter = new JiebaSegmenter(fixture.Dictionary);
        segmenter.Cut(sentence).ShouldNotContain("依申请公开");

        segmenter.AddWord("依申请公开");

        segmenter.Cut(sentence).Count(w => w == "依申请公开").ShouldBe(2);
        segmenter.FrequencyOf("依申请公开").ShouldBeGreaterThan(0);
        fixture.Strict.Cut(sentence).ShouldNotContain("依申请公开");
    }

    [Fact]
    public void The_bundled_domain_dictionary_keeps_field_terms_whole()
    {
        var text = fixture.Real("做好本市政府网站和政务新媒体检查工作。");
        fixture.Default.Cut(text).ShouldContain("政务新媒体");
        fixture.Default.Cut(fixture.Real("市中区工业和信息化局")).ShouldBe(["市中区", "工业和信息化局"]);
        fixture.Default.Cut(fixture.Real("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")).ShouldContain("勾稽关系");
        fixture.Default.Cut(fixture.Real("2024年我局未收到政府信息公开申请。本年度依申请公开政府信息未收取任何费用。"))
            .ShouldBe(["2024年", "我局", "未", "收到", "政府信息公开", "申请", "。", "本年度", "依申请公开", "政府", "信息", "未", "收取", "任何", "费用", "。"]);
        fixture.Default.UserWordCount.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void A_low_explicit_frequency_does_not_override_the_dictionary_route()
    {
        // Same outcome as python3-jieba's add_word with these frequencies.
        var text = fixture.Real("进一步规范依申请公开流程");
        var segmenter = new JiebaSegmenter(fixture.Dictionary);
        segmenter.AddWord("一步规范", 1);
        segmenter.Cut(text).ShouldBe(["进一步", "规范", "依", "申请", "公开", "流程"]);
        segmenter.AddWord("一步规范", 100_000);
        segmenter.Cut(text).ShouldBe(["进", "一步规范", "依", "申请", "公开", "流程"]);
    }

    [Fact]
    public void Loads_a_user_dictionary_file_and_reports_bad_lines()
    {
        var segmenter = new JiebaSegmenter(fixture.Dictionary);
        var result = segmenter.LoadUserDictionary(new StringReader("# comment\n勾稽 50 v\n市中云报\n图表图解 1x n\n\n"));
        result.Words.Select(w => w.Word).ShouldBe(["勾稽", "市中云报", "图表图解"]);
        result.Words[0].Frequency.ShouldBe(50);
        result.Warnings.ShouldHaveSingleItem().ShouldContain("line 4");
        segmenter.Cut(fixture.Real("利用市中云报等形式公开6条")).ShouldContain("市中云报");
    }

    [Fact]
    public async Task Loads_a_user_dictionary_file_from_disk_and_reports_a_missing_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"user-dict-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "市中云报 1000 nz\n");
        try
        {
            var segmenter = new JiebaSegmenter(fixture.Dictionary);
            (await segmenter.LoadUserDictionaryAsync(path)).Words.ShouldHaveSingleItem().Frequency.ShouldBe(1000);
            segmenter.FrequencyOf("市中云报").ShouldBe(1000);
            var missing = await segmenter.LoadUserDictionaryAsync(path + ".missing");
            missing.Words.ShouldBeEmpty();
            missing.Warnings.ShouldHaveSingleItem().ShouldContain("could not be read");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Adding_words_while_other_threads_segment_is_safe()
    {
        var segmenter = new JiebaSegmenter(fixture.Dictionary);
        var sentence = fixture.Real("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        var expected = string.Concat(segmenter.Cut(sentence));
        Parallel.For(0, 200, i =>
        {
            if (i % 10 == 0)
                segmenter.AddWord("词" + i);
            string.Concat(segmenter.Cut(sentence)).ShouldBe(expected);
        });
        segmenter.UserWordCount.ShouldBe(20);
    }
}
