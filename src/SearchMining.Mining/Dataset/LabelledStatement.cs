using SearchMining.Core.Domain;

namespace SearchMining.Mining.Dataset;

/// <summary>One line of a labels file: a section-五 statement with its hand-given kind and themes.</summary>
/// <param name="Source">Source report file name, or synthetic/… for statements the team wrote.</param>
/// <param name="Group">Agency (or report) the statement belongs to, as the parser reads it.</param>
/// <param name="Synthetic">Written by the team, not taken from a real report: only ever used for training.</param>
/// <param name="Id">Corpus statements: <c>&lt;file prefix&gt;@&lt;SourceStart&gt;-&lt;SourceEnd&gt;</c> in the report text.</param>
/// <param name="Path">Corpus statements: repository path of the report.</param>
/// <param name="Split">Corpus statements: <c>dev</c> or <c>test</c> by agency (data/corpus/SPLIT.md).</param>
/// <param name="Slug">Corpus statements: the agency slug the split and the folds are grouped by.</param>
/// <param name="Flag">Corpus statements: the parser's unit is not clean (<c>not-a-statement</c>, <c>bad-split</c>, …).</param>
public sealed record LabelledStatement(
    string Text,
    string Source,
    string Group,
    StatementKind Kind,
    IReadOnlyList<string> Themes,
    bool Synthetic,
    string? Note = null,
    string? Id = null,
    string? Path = null,
    string? Split = null,
    string? Slug = null,
    string? Flag = null);
