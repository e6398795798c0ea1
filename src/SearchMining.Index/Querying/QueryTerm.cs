using Lucene.Net.Search;

namespace SearchMining.Index.Querying;

/// <summary>
/// A word (or phrase, or prefix) of the query as the person wrote it, with the queries that tell whether a section holds it
/// literally or only through one of its related words. Used to report, per hit, which query words it matched.
/// </summary>
/// <param name="Text">The word as written in the query (政务新媒体, "业务知识培训", 政务*).</param>
/// <param name="Literal">Matches sections that hold the word itself.</param>
/// <param name="Related">The related words (from the expansion list) it was expanded with, each with its own query.</param>
/// <param name="Tokens">Word-analyzer tokens of the word, marked in snippets where the section holds the word.</param>
internal sealed record QueryTerm(string Text, Query Literal, IReadOnlyList<RelatedWord> Related, IReadOnlyList<string> Tokens)
{
    /// <summary>Substrings marked as a whole (phrases, proximity words) instead of tokens.</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>Prefixes whose tokens are marked (<c>政务*</c>).</summary>
    public IReadOnlyList<string> Prefixes { get; init; } = [];
}
