using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>What follows the last section of a flattened page — signature, date, appendix, statistics table — is no statement.</summary>
public class ClosingBlockTests
{
    [Fact]
    public void The_title_of_a_statistics_table_run_on_after_the_measures_ends_the_last_section()
    {
        // …融入日常业务工作。 平潭县民政局信息公开情况统计表 指标名称 计量单位 2012年度 历年累计 主动公开信息数…
        var report = DevCorpus.Report("github/g041_pingtan_xian_minzhengju_2012.txt");
        report.Sections[^1].Text.ShouldEndWith("融入日常业务工作。");
        report.Statements.ShouldNotContain(s => s.Text.Contains("统计表") || s.Text.Contains("网站公开") || s.Text.Contains("申请数"));
        report.Commitments[^1].Text.ShouldEndWith("日常业务工作。");
    }

    [Fact]
    public void A_signature_dated_in_Chinese_numerals_with_the_first_month_written_元月_ends_the_text()
    {
        WrittenDate.ParseLine("二○一一年元月二十日").ShouldBe(new DateOnly(2011, 1, 20));
        // …融入日常业务工作。 平潭县质量技术监督局二○一一年元月二十日 附表：指标名称计量单位年末统计主动公开信息数条3…
        var report = DevCorpus.Report("github/g007_pingtan_xian_zhijianju_2010.txt");
        report.Sections[^1].Text.ShouldNotContain("二○一一年元月");
        report.Statements.ShouldNotContain(s => s.Text.Contains("附表") || s.Text.Contains("条0") || s.Text.Contains("平潭县质量技术监督局"));
        report.Commitments[^1].Text.ShouldEndWith("日常业务工作。");
    }

    [Fact]
    public void An_attachment_list_after_the_measures_is_not_a_commitment()
    {
        // …考核工作常规化、日常化。 附件:1.关于印发《…实施方案》的通知…2.…信息公开审核制度3.…
        var report = DevCorpus.Report("github/g050_pingtan_jingjifazhanju_2017.txt");
        report.Commitments.ShouldNotBeEmpty();
        report.Commitments.ShouldNotContain(c => c.Text.Contains("附件") || c.Text.Contains("关于印发") || c.Text.Contains("职责"));
        report.Commitments[^1].Text.ShouldEndWith("日常化。");

        // 附件：1. 平潭综合实验区经济发展局2012年政府信息公开情况统计表 平潭综合实验区经济发展局 2013年3月14日
        DevCorpus.Report("github/g045_pingtan_jingjifazhanju_2012.txt").Statements
            .ShouldNotContain(s => s.Text.Contains("附件") || s.Text.Contains("统计表"));
    }

    [Fact]
    public void The_fee_row_of_an_attached_statistics_table_is_a_fee_statement()
    {
        // …政府信息公开收费减免金额 元 0 0 接受行政申述、举报数 件… (cells apart)
        DevCorpus.Report("github/g065_pingtan_jiaotongjiansheju_2018.txt").OtherMatters!.FeesYuan.ShouldBe(0m);
        // …政府信息公开收费减免金额元00接受行政申诉… (flattened: this year and all years, both 0)
        DevCorpus.Report("github/g055_pingtan_shehuishiyeju_2018.txt").OtherMatters!.FeesYuan.ShouldBe(0m);
    }
}
