namespace SearchMining.Index.Querying;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    And,
    Or,
    Not,
    Minus,
    Open,
    Close,
    End,
}
