using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

[Collection(SampleCorpusCollection.Name)]
public class ContactAndFeesTests(SampleCorpus corpus)
{
    [Fact]
    public void Contacts_of_seed_000()
    {
        var contact = corpus.Report("000_").Contact!;
        contact.Office.ShouldBe("市中区工业和信息化局");
        contact.Address.ShouldBe("枣庄市市中区龙头西路17号");
        contact.Postcode.ShouldBe("277100");
        contact.Phones.ShouldBe(["0632-3252082"]);
        contact.Emails.ShouldBe(["gxj3252082@zz.shandong.cn"]);
        contact.Website.ShouldBe("http://www.zzszy.gov.cn");
    }

    [Fact]
    public void Contacts_with_pdf_spaced_labels_and_a_wrapped_address()
    {
        // "洪泽湖大道 90\n号 ， 邮 编 ： 223100 ， 电 话 ： 0517-87222589 ， 电 子 邮 箱 ：\nhzzwgk@126.com"
        var contact = corpus.Report("037_").Contact!;
        contact.Address.ShouldBe("淮安市洪泽区洪泽湖大道90号");
        contact.Postcode.ShouldBe("223100");
        contact.Phones.ShouldBe(["0517-87222589"]);
        contact.Emails.ShouldBe(["hzzwgk@126.com"]);
        contact.Office.ShouldBe("淮安市洪泽区人民政府办公室");
    }

    [Fact]
    public void Phone_and_fax_given_together()
    {
        var contact = corpus.Report("045_").Contact!;
        contact.Phones.ShouldBe(["0591-23165370"]);
        contact.Fax.ShouldBe("0591-23165370");
        contact.Emails.ShouldBe(["pzxxgkb@163.com"]);
        contact.Website.ShouldBe("www.pingtan.gov.cn");
        contact.Address.ShouldBe("平潭综合实验区北厝金井湾片区管委会大楼主楼14层");
    }

    [Fact]
    public void Fees_and_proposal_counts_of_section_six()
    {
        var matters = corpus.Report("003_").OtherMatters!;
        matters.FeesYuan.ShouldBe(0);
        matters.DeputySuggestions.ShouldBe(8);
        matters.CommitteeProposals.ShouldBe(17);

        var lz = corpus.Report("002_9d").OtherMatters!;
        lz.DeputySuggestions.ShouldBe(4);
        lz.CommitteeProposals.ShouldBe(10);

        corpus.Report("000_").OtherMatters!.DeputySuggestions.ShouldBe(3);
    }

    [Fact]
    public void A_stated_fee_amount_is_read_in_yuan()
    {
        var matters = corpus.Report("002_huaian").OtherMatters!;
        matters.FeesYuan.ShouldBe(3940);
        matters.FeesText!.ShouldContain("全年收取政府信息公开信息处理费 3940 元");
    }

    [Fact]
    public void A_section_six_of_just_wu_states_no_fee()
    {
        // 西工区: "六、其他需要报告的事项 无" and the only 收费 sentence is about 行政事业性收费 powers
        corpus.Report("004_").OtherMatters.ShouldBeNull();
    }
}
