using System.Text;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Ingestion;

public class EncodingTests
{
    private readonly TextDecoder _decoder = new();

    [Theory]
    [InlineData(54936)] // GB18030
    [InlineData(936)]   // GBK
    public async Task A_report_in_a_chinese_code_page_reads_exactly_like_the_utf8_original(int codePage)
    {
        var text = SampleCorpus.Text("003_");
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
        var bytes = encoding.GetBytes(text);
        _decoder.EncodingNameOf(bytes).ShouldBe("gb18030");

        var reader = new ReportFileReader();
        var fromGb = (await reader.ReadAsync(new MemoryStream(bytes), "gb.txt", CancellationToken.None)).Report!;
        var fromUtf8 = (await reader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "utf8.txt", CancellationToken.None)).Report!;
        fromGb.Agency.ShouldBe("枣庄市市中区矿区街道办事处");
        fromGb.SourceText.ShouldBe(fromUtf8.SourceText);
        fromGb.Id.ShouldBe(fromUtf8.Id);
        fromGb.SourceText.ShouldNotContain("\uFFFD");
    }

    [Fact]
    public void Utf8_with_a_bom_is_utf8_and_the_bom_is_dropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("一、总体情况")).ToArray();
        _decoder.EncodingNameOf(bytes).ShouldBe("utf-8");
        _decoder.Decode(bytes).Text.ShouldBe("一、总体情况");
    }

    [Fact]
    public void Plain_utf8_is_not_mistaken_for_gb18030()
    {
        var bytes = Encoding.UTF8.GetBytes(SampleCorpus.Text("000_"));
        _decoder.EncodingNameOf(bytes).ShouldBe("utf-8");
    }

    [Fact]
    public void Utf8_cut_in_the_middle_of_a_character_stays_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("一、总体情况\n2024年，本机关主动公开");
        var cut = bytes[..^1]; // the last character (开) loses its final byte
        _decoder.EncodingNameOf(cut).ShouldBe("utf-8");
        _decoder.Decode(cut).Text.ShouldBe("一、总体情况\n2024年，本机关主动公");
    }
}
