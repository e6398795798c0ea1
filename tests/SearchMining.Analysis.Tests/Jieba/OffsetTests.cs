using Shouldly;

namespace SearchMining.Analysis.Tests.Jieba;

[Collection(JiebaCollection.Name)]
public sealed class OffsetTests(JiebaFixture fixture)
{
    [Theory]
    [InlineData(SegmentationMode.Precise)]
    [InlineData(SegmentationMode.Search)]
    public void Every_token_slices_back_to_the_source_text_of_every_sample_report(SegmentationMode mode)
    {
        var text = fixture.SampleText;
        var tokens = fixture.Default.Segment(text, mode);
        tokens.Count.ShouldBeGreaterThan(10_000);
        foreach (var token in tokens)
            text[token.Start..token.End].ShouldBe(token.Text);
    }

    [Fact]
    public void Precise_tokens_cover_every_non_whitespace_character_once_in_order()
    {
        var text = fixture.SampleText;
        var tokens = fixture.Default.Segment(text);
        var position = 0;
        foreach (var token in tokens)
        {
            token.Start.ShouldBeGreaterThanOrEqualTo(position);
            text.AsSpan(position, token.Start - position).IsWhiteSpace().ShouldBeTrue();
            position = token.End;
        }
        text.AsSpan(position).IsWhiteSpace().ShouldBeTrue();
    }

    [Fact]
    public void Surrogate_pairs_are_not_split()
    {
        var tokens = fixture.Default.Segment("公开𠀀报告😀");
        tokens.Select(t => t.Text).ShouldBe(["公开", "𠀀", "报告", "😀"]);
    }
}
