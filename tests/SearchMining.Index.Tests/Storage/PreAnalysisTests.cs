using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>
/// Documents whose text was analysed off the writer thread (captured tokens, as bulk ingestion prepares them) index
/// exactly as documents the writer analyses itself: same terms, documents, frequencies, positions and norms.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class PreAnalysisTests(SampleIndexFixture fixture)
{
    [Fact]
    public void Captured_tokens_give_the_same_postings_and_norms_as_analysing_in_the_writer()
    {
        using var analyzers = fixture.Analyzers.Create();
        using var indexing = analyzers.CreateIndexingAnalyzer();
        var reports = fixture.Reports.Take(4).ToList();
        using var plain = Write(indexing, reports.SelectMany(r => SectionDocumentBuilder.Build(r, [], "f")));
        using var captured = Write(indexing, reports.SelectMany(r => SectionDocumentBuilder.Build(r, [], "f", analyzer: indexing)));
        using var plainReader = DirectoryReader.Open(plain);
        using var capturedReader = DirectoryReader.Open(captured);

        var fields = MultiFields.GetFields(plainReader).ToList();
        fields.ShouldBe(MultiFields.GetFields(capturedReader).ToList());
        fields.ShouldContain(IndexFields.TextWords);
        fields.ShouldContain(TextFields.Subsection.Bigram);
        var compared = 0;
        foreach (var field in fields)
        {
            Postings(plainReader, field).ShouldBe(Postings(capturedReader, field), $"postings of {field}");
            var plainNorms = MultiDocValues.GetNormValues(plainReader, field);
            var capturedNorms = MultiDocValues.GetNormValues(capturedReader, field);
            (plainNorms is null).ShouldBe(capturedNorms is null);
            for (var doc = 0; plainNorms is not null && doc < plainReader.MaxDoc; doc++)
                capturedNorms!.Get(doc).ShouldBe(plainNorms.Get(doc), $"norm of {field} in document {doc}");
            compared++;
        }
        compared.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Keyword_and_numeric_fields_index_and_store_as_lucenes_own()
    {
        using var analyzers = fixture.Analyzers.Create();
        using var indexing = analyzers.CreateIndexingAnalyzer();
        var reports = fixture.Reports.Take(3).ToList();
        var ours = reports.SelectMany(r => SectionDocumentBuilder.Build(r, [], "f", analyzer: indexing)).ToList();
        ours.SelectMany(d => d.Fields).OfType<Analysis.KeywordField>().Count().ShouldBeGreaterThan(100);
        using var keyword = Write(indexing, ours);
        using var lucene = Write(indexing, reports.SelectMany(r => SectionDocumentBuilder.Build(r, [], "f", analyzer: indexing)).Select(AsStringFields));
        using var keywordReader = DirectoryReader.Open(keyword);
        using var luceneReader = DirectoryReader.Open(lucene);
        var keywordFields = ours.SelectMany(d => d.Fields).Where(f => f is Analysis.KeywordField or Analysis.Int32KeyField).Select(f => f.Name).Distinct().ToList();
        keywordFields.ShouldContain(IndexFields.ReportId);
        keywordFields.ShouldContain(IndexFields.Year);
        foreach (var field in keywordFields)
            Postings(keywordReader, field).ShouldBe(Postings(luceneReader, field), $"postings of {field}");
        for (var doc = 0; doc < luceneReader.MaxDoc; doc++)
        {
            var stored = luceneReader.Document(doc).Fields.Select(f => $"{f.Name}={f.GetStringValue() ?? f.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
            keywordReader.Document(doc).Fields.Select(f => $"{f.Name}={f.GetStringValue() ?? f.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture)}").ToList()
                .ShouldBe(stored, $"stored fields of document {doc}");
        }
    }

    private static Document AsStringFields(Document doc)
    {
        var copy = new Document();
        foreach (var field in doc.Fields)
            copy.Add(field switch
            {
                Analysis.KeywordField k => new StringField(k.Name, k.GetStringValue(), k.FieldType.IsStored ? Field.Store.YES : Field.Store.NO),
                Analysis.Int32KeyField n => new Int32Field(n.Name, n.GetInt32Value()!.Value, n.FieldType.IsStored ? Field.Store.YES : Field.Store.NO),
                _ => field,
            });
        return copy;
    }

    private static RAMDirectory Write(Analyzer analyzer, IEnumerable<Document> documents)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = RankingSimilarity.Create() });
        foreach (var doc in documents) writer.AddDocument(doc);
        writer.Commit();
        return directory;
    }

    /// <summary>Every term of the field with, per document, its positions (or its frequency where positions are not indexed).</summary>
    private static List<string> Postings(IndexReader reader, string field)
    {
        var lines = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return lines;
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            var positions = termsEnum.DocsAndPositions(null, null);
            if (positions is null)
            {
                var docs = termsEnum.Docs(null, null, DocsFlags.FREQS);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) lines.Add($"{term} {docs.DocID} x{docs.Freq}");
                continue;
            }
            while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var at = new int[positions.Freq];
                for (var i = 0; i < at.Length; i++) at[i] = positions.NextPosition();
                lines.Add($"{term} {positions.DocID} @{string.Join(',', at)}");
            }
        }
        return lines;
    }
}
