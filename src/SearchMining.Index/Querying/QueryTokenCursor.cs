namespace SearchMining.Index.Querying;

/// <summary>Reads the lexer's tokens one by one; past the end it keeps returning the End token.</summary>
internal sealed class QueryTokenCursor(IReadOnlyList<QueryToken> tokens)
{
    private int _index;

    public QueryToken Peek => tokens[Math.Min(_index, tokens.Count - 1)];

    public QueryToken Next() => tokens[Math.Min(_index++, tokens.Count - 1)];
}
