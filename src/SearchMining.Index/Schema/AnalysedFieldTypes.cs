using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace SearchMining.Index.Schema;

/// <summary>
/// How each analysed, unstored text field is indexed. The word fields (<see cref="TextFields.Words"/> of sections and
/// subsections) keep documents and frequencies but no positions (schema 13): no query reads their positions — a quoted
/// phrase is matched on the bigram field's positions and scored on the word field by its words (<c>LuceneQueryBuilder</c>).
/// Every other analysed field keeps Lucene's <see cref="TextField"/> type (positions: phrases on bigrams, SmartCn, agency).
/// </summary>
internal static class AnalysedFieldTypes
{
    private static readonly FieldType WithoutPositions = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    /// <summary>The field type <paramref name="field"/> is indexed with.</summary>
    public static FieldType For(string field) => HasPositions(field) ? TextField.TYPE_NOT_STORED : WithoutPositions;

    /// <summary>Whether the index holds the positions of <paramref name="field"/>'s terms (a phrase query on it can run).</summary>
    public static bool HasPositions(string field) => field != TextFields.Section.Words && field != TextFields.Subsection.Words;

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
