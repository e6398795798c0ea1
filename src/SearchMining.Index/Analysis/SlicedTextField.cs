using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace SearchMining.Index.Analysis;

/// <summary>
/// An analysed, unstored field (indexed as <see cref="Schema.AnalysedFieldTypes.For"/> says) whose tokens are those the analyzer of <see cref="Source"/> makes of <see cref="Text"/>,
/// kept where they lie inside [<see cref="Start"/>, <see cref="End"/>) (<see cref="RangeTokenFilter"/>): a subsection's
/// text fields, taken from its section's analysis instead of analysing the subsection's text again. Bulk ingestion
/// replaces it by the section's captured tokens, sliced (<see cref="CapturedTokens.Slice"/>): the same tokens.
/// </summary>
internal sealed class SlicedTextField(string name, string source, string text, int start, int end)
    : Field(name, Placeholder, Schema.AnalysedFieldTypes.For(name))
{
    /// <summary>Lucene asks every indexed field for a value; the tokens are the value here.</summary>
    private const string Placeholder = "";

    /// <summary>The field whose analysis is sliced (the section's field of the same kind).</summary>
    public string Source { get; } = source;
    public string Text { get; } = text;
    public int Start { get; } = start;
    public int End { get; } = end;

    public override TokenStream GetTokenStream(Analyzer analyzer) => new RangeTokenFilter(analyzer.GetTokenStream(Source, Text), Start, End);
}
