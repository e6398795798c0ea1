using SearchMining.Core.Domain;

namespace SearchMining.Mining.Dataset;

/// <summary>One line of data/themes/labels.jsonl: a section-五 statement with its hand-given kind and themes.</summary>
/// <param name="Source">Source report file name, or synthetic/… for statements the team wrote.</param>
/// <param name="Group">Agency (or report) the statement belongs to: statements of one group never straddle train and test.</param>
/// <param name="Synthetic">Written by the team, not taken from a real report: never used as test data.</param>
public sealed record LabelledStatement(
    string Text,
    string Source,
    string Group,
    StatementKind Kind,
    IReadOnlyList<string> Themes,
    bool Synthetic,
    string? Note = null);
