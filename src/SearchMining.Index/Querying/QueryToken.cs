namespace SearchMining.Index.Querying;

/// <param name="Text">The word, phrase content or field name.</param>
internal sealed record QueryToken(QueryTokenKind Kind, string Text, int Position);
