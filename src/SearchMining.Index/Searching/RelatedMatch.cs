namespace SearchMining.Index.Searching;

/// <summary>A query word a hit does not hold as written but matched through related words of it.</summary>
/// <param name="Term">The query word (人手不足).</param>
/// <param name="Via">The related words the hit holds (人员配备不足, …).</param>
public sealed record RelatedMatch(string Term, IReadOnlyList<string> Via);
