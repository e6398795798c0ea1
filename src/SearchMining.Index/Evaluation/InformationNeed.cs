namespace SearchMining.Index.Evaluation;

/// <param name="Split">"dev" (used while tuning) or "test" (held out).</param>
/// <param name="Judgments">Section key (<c>sourceFile#sectionNumber</c>) → grade 1 or 2; unlisted sections are 0.</param>
public sealed record InformationNeed(string Id, string Split, string Query, string Description, IReadOnlyDictionary<string, int> Judgments);
