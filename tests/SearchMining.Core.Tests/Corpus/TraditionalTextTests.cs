using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;
using SearchMining.Core.Parsing;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>Traditional-character mirrors are read through the character fold; what is stored and shown stays as written.</summary>
public class TraditionalTextTests
{
    private const string Guangxi = "pages/p039_guangxi_zizhiquzhengfu_2018.txt";
    private const string Langxi = "pages/p033_langxi_weijianwei_2019.txt";

    [Fact]
    public void The_fold_maps_each_traditional_character_to_one_simplified_character_and_keeps_the_length()
    {
        ChineseCharacterFold.Fold("總體情況").ShouldBe("总体情况");
        ChineseCharacterFold.Fold("政府信息公開工作年度報告").ShouldBe("政府信息公开工作年度报告");
        ChineseCharacterFold.Fold("⼀、总体情况").ShouldBe("一、总体情况"); // a Kangxi radical left by PDF extraction
        var text = DevCorpus.Text(Guangxi);
        var folded = ChineseCharacterFold.Fold(text);
        folded.Length.ShouldBe(text.Length);
        folded.ShouldContain("广西壮族自治区2018年政府信息公开工作年度报告");
        // simplified text is returned as it is, without a copy
        const string simplified = "一、总体情况";
        ReferenceEquals(ChineseCharacterFold.Fold(simplified), simplified).ShouldBeTrue();
        ChineseCharacterFold.FoldedCharacterCount.ShouldBeGreaterThan(3000);
    }

    [Fact]
    public void A_traditional_mirror_is_a_report_with_its_sections_agency_and_contacts_read_and_its_text_kept_as_written()
    {
        var text = DevCorpus.Text(Guangxi);
        var report = DevCorpus.Report(Guangxi);

        report.SourceText.ShouldBe(SourceTextNormalizer.Normalize(text));
        report.AgencyAsWritten.ShouldBe("廣西壯族自治區");
        report.Agency.ShouldBe("廣西壯族自治區人民政府"); // the 來源 line names the government
        report.Level.ShouldBe(AdministrativeLevel.Province);
        report.Year.ShouldBe(2018);
        report.PublishDate.ShouldBe(new DateOnly(2019, 3, 28));
        var overview = report.Sections.Single();
        overview.Topic.ShouldBe(SectionTopic.Overview);
        overview.Title.ShouldBe("概述");
        overview.Text.ShouldContain("政務公開"); // shown as written
        overview.Text.ShouldNotContain("政务公开");
        // offsets point into the text as written
        var at = overview.SourceOffsetOf(0);
        report.SourceText[at..].ShouldStartWith(overview.Text[..10]);
        report.Contact!.Emails.ShouldBe(["bgtzwgkc@gxzf.gov.cn"]);
        report.Contact.Phones.ShouldBe(["0771-5595651"]);
    }

    [Fact]
    public void Pinyin_that_a_converted_mirror_puts_after_characters_does_not_break_names_and_stays_in_the_text()
    {
        var report = DevCorpus.Report(Langxi);
        report.AgencyAsWritten.ShouldBe("郎溪縣衛生健康委員會(縣中醫藥局)");
        report.Agency.ShouldBe("郎溪縣衛生健康委員會");
        report.Level.ShouldBe(AdministrativeLevel.Department);
        report.Sections.Single().Text.ShouldContain("郎溪縣衛(wèi)生健康委員會"); // as written, pinyin included
        ReportRecognizer.Recognize(DevCorpus.Text(Langxi)).IsReport.ShouldBeTrue();
    }
}
