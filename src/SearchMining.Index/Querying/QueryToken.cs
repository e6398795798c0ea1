namespace SearchMining.Index.Querying;

/// <param name="Text">The word, phrase content, field name or range content (brackets included).</param>
/// <param name="Slop">For a phrase followed by <c>~N</c>: N.</param>
internal sealed record QueryToken(QueryTokenKind Kind, string Text, int Position, int? Slop = null);
