using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>Contacts written in the preamble or inside section 一, a phone beside a fax, dates as labelled lines.</summary>
public class ContactAndDateEvidenceTests
{
    [Theory]
    // 电话：0591-23108001 传真：0591-23108001 on one line: the number is a phone (and the fax)
    [InlineData("github/g030_pingtan_haitan_pianquju_2023.txt", "0591-23108001")]
    // 电话：24360001，传真：24360001 — no area code
    [InlineData("github/g041_pingtan_xian_minzhengju_2012.txt", "24360001")]
    // 电话:0762—7405328 with a long dash, in the preamble's contact sentence
    [InlineData("pages/p004_zijin_fenganzhen_2012.txt", "0762—7405328")]
    // inside section 一 (总体情况), not in the preamble
    [InlineData("pages/p144_weishan_liangchengzhen_2020.txt", "0537-8451001")]
    // …如对本报告有任何疑问,请电话联系0591-22951127 (no label colon)
    [InlineData("pages/p100_minhou_baishazhen_2011.txt", "0591-22951127")]
    public void The_phone_is_read_where_the_report_writes_it(string file, string phone)
    {
        DevCorpus.Report(file).Contact!.Phones.ShouldContain(phone);
    }

    [Fact]
    public void Full_width_digits_of_a_phone_are_read()
    {
        // the contact sentence of p100 written with full-width digits, as some pages print them
        var text = DevCorpus.Text("pages/p100_minhou_baishazhen_2011.txt");
        var sentence = text[text.IndexOf("如对本报告有任何疑问", StringComparison.Ordinal)..text.IndexOf("22951127", StringComparison.Ordinal)] + "２２９５１１２７";
        sentence = sentence.Replace("0591", "０５９１");
        SearchMining.Core.Parsing.Matters.ContactExtractor.Extract(sentence)!.Phones.ShouldBe(["0591-22951127"]);
    }

    [Fact]
    public void A_fax_only_number_is_no_phone()
    {
        // 电话:58808680,传真:65749665
        var contact = DevCorpus.Report("pages/p037_ruian_gaolouzhen_2014.txt").Contact!;
        contact.Phones.ShouldBe(["58808680"]);
        contact.Fax.ShouldBe("65749665");
    }

    [Theory]
    // 时间:2012-04-12 10:47 under the page title
    [InlineData("pages/p007_luojiang_hongshanxiang_2011.txt", 2012, 4, 12)]
    // - 公文生成日期:2013-03-28 in the page header
    [InlineData("pages/p002_anxi_canneixiang_2012.txt", 2013, 3, 28)]
    // 2019-03-28 18:26  來源:… — a header that starts with the date and time
    [InlineData("pages/p039_guangxi_zizhiquzhengfu_2018.txt", 2019, 3, 28)]
    public void The_publish_date_is_read_from_a_labelled_or_header_date(string file, int y, int m, int d)
    {
        DevCorpus.Report(file).PublishDate.ShouldBe(new DateOnly(y, m, d));
    }

    [Fact]
    public void A_date_in_chinese_numerals_under_a_signature_closes_the_report()
    {
        // 平潭县质监局 2011: the page ends with 二〇一二年三月十六日 after the last measure
        WrittenDate.ParseLine("二〇一二年三月十六日").ShouldBe(new DateOnly(2012, 3, 16));
        WrittenDate.ParseLine("二○一○年四月十日").ShouldBe(new DateOnly(2010, 4, 10));
        var report = DevCorpus.Report("github/g008_pingtan_xian_zhijianju_2011.txt");
        report.Sections[^1].Text.ShouldNotContain("二〇一二年三月十六日");
        report.Statements.ShouldAllBe(s => !s.Text.Contains("二〇一二"));
    }

    [Fact]
    public void An_appendix_run_into_a_flattened_page_after_the_signature_is_not_part_of_the_last_section()
    {
        // …平潭县质量技术监督局二○一○年四月十日 附表：指标名称计量单位年末统计主动公开信息数条4…
        var report = DevCorpus.Report("github/g006_pingtan_xian_zhijianju_2009.txt");
        report.Sections[^1].Text.ShouldNotContain("附表");
        report.Statements.ShouldAllBe(s => !s.Text.Contains("网站公开条"));
        report.Commitments.Count.ShouldBe(2);
    }
}
