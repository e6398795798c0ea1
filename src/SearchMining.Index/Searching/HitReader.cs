using Lucene.Net.Documents;
using SearchMining.Index.Highlighting;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching;

/// <summary>Builds a <see cref="SearchHit"/> from a stored section document, with its snippets and the query words it holds.</summary>
internal sealed class HitReader(SnippetHighlighter highlighter)
{
    public SearchHit Read(Document doc, float score, HighlightTerms terms, int snippets, HitTerms? matches = null) => new(
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
        highlighter.Highlight(doc.Get(IndexFields.Text) ?? "", terms, snippets))
    {
        MatchedTerms = matches?.Matched ?? [],
        MissingTerms = matches?.Missing ?? [],
        Related = matches?.Related ?? [],
        ViaRelated = matches?.ViaRelated ?? false,
    };

    /// <summary>What to mark in one hit: the query words it holds (their tokens), and for words it holds only through related words, those related words.</summary>
    public static HighlightTerms For(IReadOnlyList<QueryTerm> terms, HitTerms matches)
    {
        var relatedOnly = matches.Related.Select(r => r.Term).ToHashSet(StringComparer.Ordinal);
        var words = terms.Where(t => !relatedOnly.Contains(t.Text)).SelectMany(t => t.Tokens).ToHashSet(StringComparer.Ordinal);
        return new HighlightTerms(words, terms.SelectMany(t => t.Phrases).Distinct().ToList())
        {
            Prefixes = terms.SelectMany(t => t.Prefixes).Distinct().ToList(),
            Related = matches.Related.SelectMany(r => r.Via).Distinct().ToList(),
        };
    }
}
