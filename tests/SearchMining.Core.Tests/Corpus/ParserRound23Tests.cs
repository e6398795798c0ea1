using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Parser round 23 (issue 12, the lead): a class of holdout 17's misses (docs/PARSING.md "Round 23"), fixed on dev — holdout
/// 17 was released to dev after its one scoring. The expected values are the page's gold line.
/// </summary>
public class ParserRound23Tests
{
    [Fact]
    public void A_metadata_lines_title_label_glued_before_the_name_is_no_part_of_it()
    {
        // h1707: 公报标题黄石市卫健委2019年政府信息公开工作年度报告 — before, 公报标题黄石市卫健委 (city 公报标题黄石市)
        var report = DevCorpus.Report("holdout17/h1707_huangshi_weijianwei_2019.txt");
        report.Agency.ShouldBe("黄石市卫健委");
        report.Region.City.ShouldBe("黄石市");
    }
}
