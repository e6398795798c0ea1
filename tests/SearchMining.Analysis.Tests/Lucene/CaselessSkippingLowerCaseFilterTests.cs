using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using SearchMining.Analysis.Jieba;
using SearchMining.Analysis.Lucene;
using Shouldly;

namespace SearchMining.Analysis.Tests.Lucene;

/// <summary>The lower-case step that skips caseless terms gives Lucene's LowerCaseFilter's tokens, token for token.</summary>
[Collection(JiebaCollection.Name)]
public sealed class CaselessSkippingLowerCaseFilterTests(JiebaFixture jieba)
{
    /// <summary>Upper case in every script the rule must not skip: ASCII, full width (after width folding), Greek, Cyrillic, a supplementary letter (Deseret), beside Han text.</summary>
    private const string MixedCase = "ＡＢＣ公司ABC报告 PDF格式 ΣΑΒ ЖУК 𐐀𐐁 Straße İstanbul ǅ ⅣⅫ Ⓐ 政务公开2024年 ｱｲｳ、「内容」";

    [Fact]
    public void Every_sample_report_and_mixed_case_text_gives_LowerCaseFilter_tokens_through_both_chains()
    {
        foreach (var mode in new[] { SegmentationMode.Search, SegmentationMode.Precise })
        {
            using var expected = new Chain(tokenizer => new JiebaTokenizer(jieba.Default, mode, tokenizer), skipping: false);
            using var actual = new Chain(tokenizer => new JiebaTokenizer(jieba.Default, mode, tokenizer), skipping: true);
            Same(expected, actual);
        }
        using var bigramsExpected = new Chain(reader => new StandardTokenizer(LuceneVersion.LUCENE_48, reader), skipping: false, bigrams: true);
        using var bigramsActual = new Chain(reader => new StandardTokenizer(LuceneVersion.LUCENE_48, reader), skipping: true, bigrams: true);
        Same(bigramsExpected, bigramsActual);
    }

    [Fact]
    public void Upper_case_letters_of_any_script_are_still_lowered()
    {
        using var chain = new Chain(reader => new StandardTokenizer(LuceneVersion.LUCENE_48, reader), skipping: true);
        var terms = TokenStreamReader.Read(chain, "ＡＢＣ PDF ΣΑΒ ЖУК 𐐀𐐁 政务").Select(t => t.Term).ToList();
        terms.ShouldBe(["abc", "pdf", "σαβ", "жук", "𐐨𐐩", "政", "务"]);
    }

    [Theory]
    [InlineData('政', true)]
    [InlineData('、', true)]
    [InlineData('7', true)]
    [InlineData('a', true)]
    [InlineData('A', false)]
    [InlineData('Ａ', false)]
    [InlineData('Σ', false)]
    [InlineData('\uD801', false)]
    public void Only_characters_without_a_lower_case_are_skipped(char c, bool caseless)
    {
        CaselessSkippingLowerCaseFilter.IsCaseless(c).ShouldBe(caseless);
        if (caseless) char.ToLowerInvariant(c).ShouldBe(c);
    }

    private void Same(Analyzer expected, Analyzer actual)
    {
        var texts = Directory.GetFiles(SearchMining.Tests.Shared.RepoPaths.SampleReports, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).Append(MixedCase).ToList();
        var tokens = 0;
        foreach (var text in texts)
        {
            var want = TokenStreamReader.Read(expected, text);
            TokenStreamReader.Read(actual, text).ShouldBe(want);
            tokens += want.Count;
        }
        tokens.ShouldBeGreaterThan(10_000);
        TokenStreamReader.Read(actual, MixedCase).Select(t => t.Term).ShouldContain("pdf");
    }

    /// <summary>Tokenizer → width folding → lower case (Lucene's, or the skipping one) → optional Han bigrams: the product's chains without stop words.</summary>
    private sealed class Chain(Func<TextReader, Tokenizer> tokenizer, bool skipping, bool bigrams = false) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = tokenizer(reader);
            TokenStream stream = new CJKWidthFilter(source);
            stream = skipping ? new CaselessSkippingLowerCaseFilter(stream) : new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
            if (bigrams) stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
