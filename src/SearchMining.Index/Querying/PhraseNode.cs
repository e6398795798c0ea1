namespace SearchMining.Index.Querying;

/// <summary>An exact phrase in quotes.</summary>
public sealed record PhraseNode(string Text, int Position) : QueryNode(Position);
