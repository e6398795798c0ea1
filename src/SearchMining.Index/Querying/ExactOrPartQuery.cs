using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchMining.Index.Querying;

/// <summary>
/// The exact term where the index holds it, else <see cref="Part"/> (decided when the searcher rewrites the query, from the
/// term dictionary). An <c>agency</c> filter on a name the index holds (a clicked facet value) then reads one short
/// posting list instead of a bigram phrase over agency names, whose province and city bigrams have long postings.
/// </summary>
internal sealed class ExactOrPartQuery(Term exact, Query part) : Query
{
    public Term Exact { get; } = exact;
    public Query Part { get; } = part;

    public override Query Rewrite(IndexReader reader)
    {
        Query chosen = reader.DocFreq(Exact) > 0 ? new TermQuery(Exact) : Part;
        chosen.Boost = Boost;
        return chosen;
    }

    public override string ToString(string field) => $"exact({Exact}) else ({Part.ToString(field)})";

    public override bool Equals(object? obj) =>
        obj is ExactOrPartQuery other && other.Exact.Equals(Exact) && other.Part.Equals(Part) && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(Exact, Part, Boost);
}
