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
        tokens.Where(t => !text.AsSpan(t.Start, t.Length).SequenceEqual(t.Text)).ShouldBeEmpty();
    }

    [Fact]
    public void Precise_tokens_cover_every_non_whitespace_character_once_in_order()
    {
        var text = fixture.SampleText;
        var tokens = fixture.Default.Segment(text);
        var position = 0;
        var gaps = new List<WordToken>();
        foreach (var token in tokens)
        {
            if (token.Start < position || !text.AsSpan(position, token.Start - position).IsWhiteSpace())
                gaps.Add(token);
            position = token.End;
        }
        gaps.ShouldBeEmpty();
        text.AsSpan(position).IsWhiteSpace().ShouldBeTrue();
    }

    [Fact]
    public void Surrogate_pairs_are_not_split()
    {
        var tokens = fixture.Default.Segment("公开𠀀报告😀");
        tokens.Select(t => t.Text).ShouldBe(["公开", "𠀀", "报告", "😀"]);
    }
}
