namespace SearchMining.Index.Querying;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    /// <summary><c>[a TO b]</c> or <c>{a TO b}</c> after a field.</summary>
    Range,
    And,
    Or,
    Not,
    Minus,
    Plus,
    Open,
    Close,
    End,
}
