namespace SearchMining.Index.Querying;

/// <summary>An exact phrase in quotes, or with <paramref name="Slop"/> (<c>"信息 公开"~3</c>) its words within that many words of each other.</summary>
/// <param name="Slop">Most words allowed between the phrase's words (in any order); null = the exact phrase.</param>
public sealed record PhraseNode(string Text, int Position, int? Slop = null) : QueryNode(Position);
