using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Analysis.Lucene;

/// <summary>
/// Jieba word analyzer: <see cref="JiebaTokenizer"/> → width folding (full-width Latin to ASCII) → lower case →
/// stop words. Use <see cref="SegmentationMode.Search"/> at index time and <see cref="SegmentationMode.Precise"/>
/// at query time. Thread-safe (Lucene keeps one token stream per thread).
/// </summary>
internal sealed class JiebaAnalyzer : Analyzer
{
    private readonly JiebaSegmenter _segmenter;
    private readonly CharArraySet _stopWords;

    public JiebaAnalyzer(JiebaSegmenter segmenter, SegmentationMode mode, StopWordList? stopWords = null)
    {
        _segmenter = segmenter;
        Mode = mode;
        _stopWords = (stopWords ?? StopWordList.Empty).ToCharArraySet();
    }

    public SegmentationMode Mode { get; }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new JiebaTokenizer(_segmenter, Mode, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new CaselessSkippingLowerCaseFilter(stream);
        if (_stopWords.Count > 0)
            stream = new StopFilter(LuceneVersion.LUCENE_48, stream, _stopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
