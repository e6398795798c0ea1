using Lucene.Net.Documents;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Analysis;

/// <summary>
/// An analysed, unstored text field of a section or subsection document, indexed as the schema says for its name
/// (<see cref="AnalysedFieldTypes.For"/>: the word fields without positions).
/// </summary>
internal sealed class AnalysedTextField(string name, string text) : Field(name, text, AnalysedFieldTypes.For(name));
