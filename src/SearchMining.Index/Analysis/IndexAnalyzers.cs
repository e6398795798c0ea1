using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Analysis;

/// <summary>
/// The analyzers the index is built and queried with: a word analyzer for indexing, its query-time twin, a CJK bigram
/// analyzer, and optionally a second word segmentation (SmartCn) indexed in its own field.
/// </summary>
/// <param name="Name">Recorded in the commit user data so an index built with other analyzers is recognised.</param>
/// <param name="Owner">What owns the analyzers (e.g. an <c>AnalyzerRegistry</c>); disposed instead of the analyzers themselves.</param>
public sealed record IndexAnalyzers(string Name, Analyzer Words, Analyzer WordsQuery, Analyzer Bigram, IDisposable? Owner = null) : IDisposable
{
    /// <summary>SmartCn words (index and query time) for the <c>text_smartcn</c> fields; null = those fields are not indexed.</summary>
    public Analyzer? SmartCn { get; init; }

    /// <summary>The analyzer handed to the <c>IndexWriter</c>: words for word fields, bigrams for bigram fields.</summary>
    public Analyzer CreateIndexingAnalyzer()
    {
        var perField = new Dictionary<string, Analyzer>
        {
            [IndexFields.TextWords] = Words,
            [IndexFields.TitleWords] = Words,
            [IndexFields.TextBigram] = Bigram,
            [TextFields.Subsection.Words] = Words,
            [TextFields.Subsection.TitleWords] = Words,
            [TextFields.Subsection.Bigram] = Bigram,
            [IndexFields.AgencyText] = Bigram,
        };
        if (SmartCn is not null)
        {
            perField[TextFields.Section.SmartCn] = SmartCn;
            perField[TextFields.Subsection.SmartCn] = SmartCn;
        }
        return new PerFieldAnalyzerWrapper(Words, perField);
    }

    /// <summary>Lucene-only analyzers (standard single-character words, CJK bigrams): used where the Jieba analyzers are not wanted.</summary>
    public static IndexAnalyzers CreateLuceneBaseline() => new(
        "standard+cjk",
        new StandardAnalyzer(LuceneVersion.LUCENE_48, CharArraySet.Empty),
        new StandardAnalyzer(LuceneVersion.LUCENE_48, CharArraySet.Empty),
        new CJKAnalyzer(LuceneVersion.LUCENE_48, CharArraySet.Empty));

    public void Dispose()
    {
        if (Owner is not null)
        {
            Owner.Dispose();
            return;
        }
        Words.Dispose();
        if (!ReferenceEquals(WordsQuery, Words)) WordsQuery.Dispose();
        Bigram.Dispose();
        SmartCn?.Dispose();
    }
}
