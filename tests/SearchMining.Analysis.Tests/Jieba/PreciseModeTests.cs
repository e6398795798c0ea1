using Shouldly;

namespace SearchMining.Analysis.Tests.Jieba;

/// <summary>Expected output taken from python3-jieba 0.42.1 on the same sentences (jieba.cut, HMM on and off).</summary>
[Collection(JiebaCollection.Name)]
public sealed class PreciseModeTests(JiebaFixture fixture)
{
    [Theory]
    [InlineData("进一步规范依申请公开流程，畅通依申请公开受理渠。",
        "进一步 | 规范 | 依 | 申请 | 公开 | 流程 | ， | 畅通 | 依 | 申请 | 公开 | 受理 | 渠 | 。")]
    [InlineData("做好本市政府网站和政务新媒体检查工作。",
        "做好 | 本 | 市政府 | 网站 | 和 | 政务 | 新 | 媒体 | 检查 | 工作 | 。")]
    [InlineData("政策解读形式不够丰富，未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件。",
        "政策 | 解读 | 形式 | 不够 | 丰富 | ， | 未能 | 充分运用 | 数字化 | 、 | 图表 | 图解 | 等 | 方式 | 通俗易懂 | 地 | 解读 | 政策 | 文件 | 。")]
    [InlineData("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "（ | 本列 | 数据 | 的 | 勾稽 | 关系 | 为 | ： | 第一项 | 加 | 第二项 | 之 | 和 | ， | 等于 | 第三项 | 加 | 第四项 | 之 | 和 | ）")]
    [InlineData("如对本报告有疑问，可与市中区工业和信息化局联系（地址：枣庄市市中区龙头西路17号，邮编：277100，电话：0632-3252082，电子邮箱：gxj3252082@zz.shandong.cn）",
        "如对本 | 报告 | 有 | 疑问 | ， | 可 | 与 | 市中区 | 工业 | 和 | 信息化 | 局 | 联系 | （ | 地址 | ： | 枣庄市 | 市中区 | 龙头 | 西路 | 17 | 号 | ， | 邮编 | ： | 277100 | ， | 电话 | ： | 0632 | - | 3252082 | ， | 电子邮箱 | ： | gxj3252082 | @ | zz | . | shandong | . | cn | ）")]
    public void Matches_jieba_with_hmm(string sentence, string expected) =>
        JiebaFixture.Joined(fixture.Strict.Segment(fixture.Real(sentence))).ShouldBe(expected);

    [Theory]
    [InlineData("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "（ | 本 | 列 | 数据 | 的 | 勾 | 稽 | 关系 | 为 | ： | 第一项 | 加 | 第二项 | 之 | 和 | ， | 等于 | 第三项 | 加 | 第四项 | 之 | 和 | ）")]
    [InlineData("如对本报告有疑问，可与市中区工业和信息化局联系（地址：枣庄市市中区龙头西路17号，邮编：277100，电话：0632-3252082，电子邮箱：gxj3252082@zz.shandong.cn）",
        "如 | 对 | 本 | 报告 | 有 | 疑问 | ， | 可 | 与 | 市中区 | 工业 | 和 | 信息化 | 局 | 联系 | （ | 地址 | ： | 枣庄市 | 市中区 | 龙头 | 西路 | 17 | 号 | ， | 邮编 | ： | 277100 | ， | 电话 | ： | 0632 | - | 3252082 | ， | 电子邮箱 | ： | gxj3252082 | @ | zz | . | shandong | . | cn | ）")]
    public void Matches_jieba_without_hmm(string sentence, string expected) =>
        JiebaFixture.Joined(fixture.StrictNoHmm.Segment(fixture.Real(sentence))).ShouldBe(expected);

    [Fact]
    public void Keeps_dates_numbers_and_percentages_together_as_jieba_does()
    {
        var text = fixture.Real("在抖音相关话题所有播放量中占比26%。");
        fixture.Strict.Cut(text).ShouldBe(["在", "抖音", "相关", "话题", "所有", "播放", "量", "中", "占", "比", "26%", "。"]);
    }

    [Fact]
    public void Full_width_digits_stay_together_by_default_but_not_in_strict_jieba_mode()
    {
        const string text = "截至２０２３年１２月，办结率９８．５％";
        fixture.Default.Cut(text).ShouldBe(["截至", "２０２３年", "１２月", "，", "办结率", "９８．５％"]);
        fixture.Strict.Cut(text).ShouldNotContain("２０２３");
    }

    [Fact]
    public void Dates_keep_number_and_unit_together_by_default()
    {
        var text = fixture.Real("报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。");
        fixture.Default.Cut(text).ShouldBe(["报告", "中所列", "数据", "统计期限", "自", "2023年", "1月", "1日", "起", "至", "2023年", "12月", "31日", "止", "。"]);
        fixture.Strict.Cut(text).ShouldContain("2023");
    }

    [Fact]
    public void Dash_and_ellipsis_runs_are_one_token_by_default()
    {
        // The sample reports contain no dash runs; this is the typography of Chinese text in general.
        const string text = "政务新媒体——微信、微博……";
        fixture.Default.Cut(text).ShouldBe(["政务新媒体", "——", "微信", "、", "微博", "……"]);
        fixture.Strict.Cut(text).Count(w => w == "—").ShouldBe(2);
    }

    [Fact]
    public void Drops_whitespace_and_returns_nothing_for_empty_input()
    {
        fixture.Strict.Segment("").ShouldBeEmpty();
        fixture.Strict.Segment(null).ShouldBeEmpty();
        fixture.Strict.Segment(" \u3000\r\n\t").ShouldBeEmpty();
        fixture.Strict.Cut("公开 指南").ShouldBe(["公开", "指南"]);
    }
}
