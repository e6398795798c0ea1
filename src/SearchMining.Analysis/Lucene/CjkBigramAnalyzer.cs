using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SearchMining.Analysis.Lucene;

/// <summary>
/// Recall analyzer: Lucene's standard tokenizer (one token per Han character) → width folding → lower case →
/// overlapping Han bigrams (<see cref="CJKBigramFilter"/>; an isolated Han character stays a unigram). No stop words.
/// The same chain serves index and query time.
/// </summary>
internal sealed class CjkBigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new CaselessSkippingLowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
