using Lucene.Net.Documents;
using SearchMining.Index.Highlighting;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching;

/// <summary>Builds a <see cref="SearchHit"/> from a stored section document, with its snippets.</summary>
internal sealed class HitReader(SnippetHighlighter highlighter)
{
    public SearchHit Read(Document doc, float score, HighlightTerms terms, int snippets) => new(
        doc.Get(IndexFields.SectionId),
        doc.Get(IndexFields.ReportId),
        doc.Get(IndexFields.SourceFile),
        doc.Get(IndexFields.Agency),
        doc.GetField(IndexFields.Year)?.GetInt32Value(),
        doc.Get(IndexFields.SectionNumber) ?? "",
        doc.Get(IndexFields.SectionTopic) ?? "",
        doc.Get(IndexFields.Title) ?? "",
        doc.Get(IndexFields.SubsectionTitle),
        float.IsNaN(score) ? 0f : score,
        highlighter.Highlight(doc.Get(IndexFields.Text) ?? "", terms, snippets));
}
