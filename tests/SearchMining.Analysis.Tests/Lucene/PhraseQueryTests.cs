using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Analysis.Lucene;
using Shouldly;

namespace SearchMining.Analysis.Tests.Lucene;

/// <summary>Index real sentences with the index-time analyzer and run phrase queries parsed with the query-time one.</summary>
[Collection(JiebaCollection.Name)]
public sealed class PhraseQueryTests : IDisposable
{
    private readonly AnalyzerRegistry _registry;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public PhraseQueryTests(JiebaFixture jieba)
    {
        _registry = AnalyzerRegistry.CreateDefault(jieba.Default);
        var perField = new PerFieldAnalyzerWrapper(_registry.Find("jieba")!, new Dictionary<string, Analyzer> { ["recall"] = _registry.Find("bigram")! });
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, perField)))
        {
            foreach (var sentence in new[]
            {
                jieba.Real("做好本市政府网站和政务新媒体检查工作。"),
                jieba.Real("如对本报告有疑问，可与市中区工业和信息化局联系"),
                jieba.Real("加强区政府门户网站及政务新媒体日常管理"),
            })
            {
                var document = new Document
                {
                    new TextField("body", sentence, Field.Store.YES),
                    new TextField("recall", sentence, Field.Store.NO),
                };
                writer.AddDocument(document);
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    [Theory]
    [InlineData("政务新媒体检查", 1)]
    [InlineData("政务新媒体", 2)]
    [InlineData("市中区工业和信息化局", 1)]
    [InlineData("工业和信息化", 1)]
    [InlineData("市政府网站", 1)]
    [InlineData("检查工作", 1)]
    [InlineData("网站和政务", 2)]
    [InlineData("新媒体检查", 1)]
    [InlineData("政务新媒体工作", 0)]
    [InlineData("联系市中区", 0)]
    public void Phrase_of_query_words_matches_indexed_text(string query, int expectedHits)
    {
        var phrase = Phrase("body", _registry.Find("jieba-query")!, query);
        new IndexSearcher(_reader).Search(phrase, 10).TotalHits.ShouldBe(expectedHits);
    }

    [Theory]
    [InlineData("体检", 1)]
    [InlineData("政务新媒体", 2)]
    [InlineData("媒体日常", 1)]
    public void Bigram_field_finds_any_substring(string query, int expectedHits)
    {
        var phrase = Phrase("recall", _registry.Find("bigram")!, query);
        new IndexSearcher(_reader).Search(phrase, 10).TotalHits.ShouldBe(expectedHits);
    }

    private static PhraseQuery Phrase(string field, Analyzer analyzer, string text)
    {
        var query = new PhraseQuery();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            query.Add(new Term(field, term.ToString()), position);
        }
        stream.End();
        return query;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _registry.Dispose();
    }
}
