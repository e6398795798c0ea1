using SearchMining.Analysis.Lucene;
using Shouldly;

namespace SearchMining.Analysis.Tests.Lucene;

[Collection(JiebaCollection.Name)]
public sealed class JiebaAnalyzerTests(JiebaFixture jieba) : IClassFixture<AnalyzerFixture>
{
    private readonly AnalyzerRegistry _registry = AnalyzerRegistry.CreateDefault(jieba.Default);

    [Fact]
    public void Query_analyzer_gives_precise_words_without_punctuation_or_stop_words()
    {
        var text = jieba.Real("做好本市政府网站和政务新媒体检查工作。");
        var tokens = TokenStreamReader.Read(_registry.Find("jieba-query")!, text);
        tokens.Select(t => t.Term).ShouldBe(["做好", "市政府", "网站", "政务新媒体", "检查", "工作"]);
        tokens.ShouldAllBe(t => text.Substring(t.Start, t.End - t.Start) == t.Term);
    }

    [Fact]
    public void Index_analyzer_places_inner_words_at_their_character_position()
    {
        var text = jieba.Real("做好本市政府网站和政务新媒体检查工作。");
        var tokens = TokenStreamReader.Read(_registry.Find("jieba")!, text);
        tokens.Select(t => (t.Term, t.PositionIncrement)).ShouldBe([
            ("做好", 1), ("市政府", 3), ("市政", 0), ("政府", 1), ("网站", 2), ("政务新媒体", 3), ("政务", 0), ("新媒体", 2), ("媒体", 1), ("检查", 2), ("工作", 2)]);
        tokens.Single(t => t.Term == "媒体").ShouldBe(new AnalyzedToken("媒体", 12, 14, 1));
    }

    [Fact]
    public void Full_width_latin_is_folded_and_lower_cased()
    {
        var tokens = TokenStreamReader.Read(_registry.Find("jieba")!, "ＡＢＣ公司２０２４年ＰＤＦ");
        tokens.Select(t => t.Term).ShouldContain("2024");
        tokens.Select(t => t.Term).ShouldContain("pdf");
        tokens.Single(t => t.Term == "2024年").ShouldBe(new AnalyzedToken("2024年", 5, 10, 2));
        tokens.Single(t => t.Term == "2024").ShouldBe(new AnalyzedToken("2024", 5, 9, 0));
    }

    [Fact]
    public void Whitespace_does_not_count_as_a_position()
    {
        var joined = TokenStreamReader.Read(_registry.Find("jieba")!, "政务公开工作");
        var broken = TokenStreamReader.Read(_registry.Find("jieba")!, "政务公开\n   工作");
        broken.Select(t => (t.Term, t.PositionIncrement)).ShouldBe(joined.Select(t => (t.Term, t.PositionIncrement)));
    }

    [Fact]
    public void Bigram_analyzer_gives_overlapping_pairs_with_offsets()
    {
        var tokens = TokenStreamReader.Read(_registry.Find("bigram")!, "勾稽关系２０２３");
        tokens.Select(t => t.Term).ShouldBe(["勾稽", "稽关", "关系", "2023"]);
        tokens[1].ShouldBe(new AnalyzedToken("稽关", 1, 3, 1));
    }

    [Fact]
    public void Registry_names_are_case_insensitive_and_unknown_names_give_null()
    {
        _registry.Names.ShouldBe(["jieba", "jieba-query", "bigram", "smartcn", "smartcn-plain"], ignoreOrder: true);
        _registry.Find("JIEBA").ShouldNotBeNull();
        _registry.Find("SmartCn").ShouldNotBeNull();
        _registry.Find("ictclas").ShouldBeNull();
    }

    [Theory]
    [InlineData("jieba")]
    [InlineData("jieba-query")]
    [InlineData("bigram")]
    public void Analyzers_are_safe_under_concurrent_use_and_reuse(string name)
    {
        var analyzer = _registry.Find(name)!;
        var texts = Enumerable.Range(0, 4).Select(i => jieba.SampleText.Substring(i * 10_000, 10_000)).ToArray();
        var expected = texts.Select(t => TokenStreamReader.Read(analyzer, t)).ToArray();
        var mismatches = 0;
        Parallel.For(0, 16, i =>
        {
            // Each thread reuses its token stream for different texts.
            for (var k = 0; k < texts.Length; k++)
                if (!TokenStreamReader.Read(analyzer, texts[(i + k) % texts.Length]).SequenceEqual(expected[(i + k) % texts.Length]))
                    Interlocked.Increment(ref mismatches);
        });
        mismatches.ShouldBe(0);
        expected.ShouldAllBe(tokens => tokens.Count > 1000);
    }
}
