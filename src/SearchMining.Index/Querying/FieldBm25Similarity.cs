using Lucene.Net.Search.Similarities;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Querying;

/// <summary>
/// BM25 for searching with its own length normalisation on the bigram fields (<see cref="RelevanceOptions.BigramBm25B"/>)
/// and the options' k1 / b on every other field. A bigram field counts each character pair, so its lengths and term
/// frequencies differ from the word field's; whether it wants another b is measured in docs/RELEVANCE.md.
/// </summary>
internal sealed class FieldBm25Similarity(float k1, float b, float bigramB) : PerFieldSimilarityWrapper
{
    private readonly Similarity _words = new Storage.FieldAwareBm25Similarity(k1, b);
    private readonly Similarity _bigrams = new Storage.FieldAwareBm25Similarity(k1, bigramB);

    public override Similarity Get(string name) =>
        name == TextFields.Section.Bigram || name == TextFields.Subsection.Bigram ? _bigrams : _words;
}
