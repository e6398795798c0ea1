using SearchMining.Core.Domain;

namespace SearchMining.Mining.Promises;

/// <summary>
/// A statement of the next year's report set beside a commitment: its kind, text, themes and offsets, the themes both
/// share, the word similarity (TF-IDF cosine of the statements or of their closest clauses), and the score that decides the link.
/// </summary>
public sealed record PromiseLink(
    StatementKind Kind,
    string Text,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> SharedThemes,
    double TextSimilarity,
    double Score,
    int SourceStart,
    int SourceEnd);
