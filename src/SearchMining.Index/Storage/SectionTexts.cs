using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Storage;

/// <summary>
/// Loads section and subsection documents with their display text (<see cref="IndexFields.Text"/>). A subsection document
/// does not store its text: it stores where it lies in its parent section's (<see cref="IndexFields.TextStart"/>,
/// <see cref="IndexFields.TextEnd"/>). The parent is found by position first — a report's block holds each section followed
/// by its subsections, so subsection <c>k</c> of a section is <c>k</c> documents after it, and a block stays contiguous
/// through merges and deletes — checked by its id, and looked up by id if the check fails.
/// </summary>
internal static class SectionTexts
{
    private static readonly HashSet<string> ParentFields = [IndexFields.SectionId, IndexFields.Text];
    private static readonly string[] RangeFields = [IndexFields.SectionId, IndexFields.ParentSectionId, IndexFields.TextStart, IndexFields.TextEnd];

    /// <summary><see cref="IndexSearcher.Doc(int, ISet{string})"/> (all stored fields when <paramref name="fields"/> is null), with a subsection's text filled in.</summary>
    public static Document Load(IndexSearcher searcher, int doc, ISet<string>? fields = null) => Load(searcher.IndexReader, doc, fields);

    /// <inheritdoc cref="Load(IndexSearcher, int, ISet{string})"/>
    public static Document Load(IndexReader reader, int doc, ISet<string>? fields = null)
    {
        if (fields is not null && !fields.Contains(IndexFields.Text)) return reader.Document(doc, fields);
        var document = fields is null ? reader.Document(doc) : reader.Document(doc, WithRange(fields));
        if (document.GetField(IndexFields.Text) is null && SubsectionText(reader, doc, document) is { } text)
            document.Add(new StoredField(IndexFields.Text, text));
        return document;
    }

    private static HashSet<string> WithRange(ISet<string> fields)
    {
        var all = new HashSet<string>(fields, StringComparer.Ordinal);
        all.UnionWith(RangeFields);
        return all;
    }

    /// <summary>A subsection document's text, sliced from its parent section's; null for a document without a text range.</summary>
    private static string? SubsectionText(IndexReader reader, int doc, Document subsection)
    {
        if (subsection.GetField(IndexFields.TextStart)?.GetInt32Value() is not { } start ||
            subsection.GetField(IndexFields.TextEnd)?.GetInt32Value() is not { } end) return null;
        var parentId = subsection.Get(IndexFields.ParentSectionId);
        var parent = SectionId.TryParse(subsection.Get(IndexFields.SectionId), out var id) && id.SubsectionIndex is { } index && doc - index >= 0
            ? reader.Document(doc - index, ParentFields)
            : null;
        if (parent is null || !string.Equals(parent.Get(IndexFields.SectionId), parentId, StringComparison.Ordinal)) parent = FindSection(reader, parentId);
        if (parent?.Get(IndexFields.Text) is not { } text) return null;
        start = Math.Clamp(start, 0, text.Length);
        return text[start..Math.Clamp(end, start, text.Length)];
    }

    /// <summary>A section document (its id and text) looked up by id; null when none.</summary>
    internal static Document? FindSection(IndexReader reader, string? sectionId)
    {
        if (sectionId is null) return null;
        var top = new IndexSearcher(reader).Search(new TermQuery(new Term(IndexFields.SectionId, sectionId)), 1);
        return top.TotalHits == 0 ? null : reader.Document(top.ScoreDocs[0].Doc, ParentFields);
    }
}
