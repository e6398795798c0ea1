namespace SearchMining.Index.Ranking;

/// <summary>One section of the first-stage ranking, as the re-ranker sees it.</summary>
/// <param name="Text">The section's text (preamble included).</param>
/// <param name="Topic">Section topic as indexed (preamble, overview, proactive, applications, reviewlitigation, problems, other).</param>
/// <param name="Score">The first stage's score (coverage tiers + BM25).</param>
/// <param name="Matched">Query words the section holds as written.</param>
/// <param name="Missing">Query words it holds neither as written nor through a related word.</param>
/// <param name="Related">Query words it holds only through a related word.</param>
public sealed record RerankCandidate(string Text, string Topic, float Score, IReadOnlyList<string> Matched, int Missing, int Related);
