using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace SearchMining.Analysis.Lucene;

/// <summary>
/// Lucene's SmartChineseAnalyzer chain (<see cref="HMMChineseTokenizer"/> → lower case → its default stop set, which is
/// punctuation → Porter stemming of Latin words), with width folding, and optionally the domain dictionary on top
/// (<see cref="DomainWordFilter"/>): SmartCn's own dictionary cuts 政务新媒体 / 依申请公开 into parts. Same chain at index
/// and query time. Positions count words (one per token), unlike the jieba analyzers.
/// </summary>
internal sealed class SmartCnAnalyzer(IReadOnlySet<string>? domainWords = null) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new CaselessSkippingLowerCaseFilter(stream);
        if (domainWords is { Count: > 0 }) stream = new DomainWordFilter(stream, domainWords);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, SmartChineseAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
