using System.Globalization;
using SearchMining.Index.Querying;

namespace SearchMining.Cli.Commands;

/// <summary>
/// The knobs chosen by cross-validation (<c>eval-relevance --cv N</c>, docs/RELEVANCE.md): each family varies one knob around
/// the default, the current value first (so a tie keeps it); the joint family crosses the knobs that mattered.
/// </summary>
internal static class RelevanceGrid
{
    public sealed record Candidate(string Family, string Name, RelevanceOptions Options);

    private static string F(float v) => v.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<Candidate> Candidates()
    {
        var d = RelevanceOptions.Default;
        var list = new List<Candidate>();
        void Family(string family, IEnumerable<(string Value, RelevanceOptions Options)> values)
        {
            foreach (var (value, options) in values) list.Add(new Candidate(family, options == d ? EvalRelevanceCommand.DefaultRun : $"{family}={value}", options));
        }
        Family("group coverage", new[] { 100f, 0f, 1f, 3f, 10f, 30f }.Select(v => (F(v), d with { GroupCoverageBoost = v })));
        Family("word coverage", new[] { 3f, 0f, 1f, 10f }.Select(v => (F(v), d with { CoverageBoost = v })));
        Family("coverage by specificity", new[] { d.IdfCoverage, !d.IdfCoverage }.Select(v => (v ? "on" : "off", d with { IdfCoverage = v })));
        Family("related weight", new[] { 0.6f, 0f, 0.3f, 1f }.Select(v => (F(v), v == 0 ? d with { UseSynonyms = false } : d with { SynonymBoost = v })));
        Family("fields", new[] { FieldMode.Combined, FieldMode.Combined | FieldMode.SmartCn, FieldMode.Bigram, FieldMode.Bigram | FieldMode.SmartCn, FieldMode.Words }
            .Select(v => (v.ToString().Replace(", ", "+"), d with { Fields = v })));
        Family("word/bigram boost", new[] { (1f, 1f), (2f, 1f), (1.5f, 1f), (3f, 1f), (1f, 2f) }.Select(v => ($"{F(v.Item1)}/{F(v.Item2)}", d with { WordBoost = v.Item1, BigramBoost = v.Item2 })));
        // BM25 from Lucene's defaults (k1 1.2, b 0.75): b alone, k1 alone, both (absolute values, whatever the default).
        Family("bm25 b (k1 1.2)", new[] { 0.75f, 0.5f, 0.3f, 0.1f }.Select(v => (F(v), d with { Bm25B = v, Bm25K1 = 1.2f })));
        Family("bm25 k1 (b 0.75)", new[] { 1.2f, 0.9f, 0.6f }.Select(v => (F(v), d with { Bm25K1 = v, Bm25B = 0.75f })));
        foreach (var b in new[] { 0.75f, 0.5f, 0.3f, 0.1f })
        foreach (var k1 in new[] { 1.2f, 0.9f, 0.6f })
            Family("bm25 b/k1", [($"{F(b)}/{F(k1)}", d with { Bm25B = b, Bm25K1 = k1 })]);
        Family("exact boost", new[] { 1f, 0f, 3f }.Select(v => (F(v), d with { ExactBoost = v })));
        Family("problems intent", new[] { 1f, 0f }.Select(v => (F(v), d with { ProblemIntentBoost = v })));
        Family("preamble weight", new[] { 1f, 0.7f }.Select(v => (F(v), d with { PreambleWeight = v })));
        // The knobs chosen in round 3, jointly, from round 2's values (what the CV figure of the chosen default is for).
        foreach (var idf in new[] { true, false })
        foreach (var b in new[] { 0.75f, 0.5f, 0.3f })
        foreach (var k1 in new[] { 1.2f, 0.9f, 0.6f })
            Family("specificity/b/k1", [($"{(idf ? "on" : "off")}/{F(b)}/{F(k1)}", d with { IdfCoverage = idf, Bm25B = b, Bm25K1 = k1 })]);
        // Jointly with the coverage strength (100 keeps "all words first", the issue's semantics; 10 and 3 do not).
        foreach (var g in new[] { 100f, 10f, 3f })
        foreach (var b in new[] { 0.75f, 0.5f, 0.3f })
        foreach (var k1 in new[] { 1.2f, 0.9f, 0.6f })
            Family("group/b/k1", [($"{F(g)}/{F(b)}/{F(k1)}", d with { GroupCoverageBoost = g, Bm25B = b, Bm25K1 = k1 })]);
        Family("query segmentation", new[] { d.QueryInSearchMode, !d.QueryInSearchMode }.Select(v => (v ? "search" : "precise", d with { QueryInSearchMode = v })));
        Family("title boost", new[] { 0f, 0.5f, 1f }.Select(v => (F(v), d with { TitleBoost = v })));
        Family("related tie-breaker", new[] { 0.5f, 0f, 0.1f }.Select(v => (F(v), d with { RelatedTieBreaker = v })));
        // Round 4: the two knobs every fold preferred, jointly (the chosen values first; 2 / 0.1 is the round-3 default).
        foreach (var w in new[] { 1f, 2f })
        foreach (var t in new[] { 0.5f, 0.1f })
            Family("word boost/related tie-breaker", [($"{F(w)}/{F(t)}", d with { WordBoost = w, BigramBoost = 1f, RelatedTieBreaker = t })]);
        return list;
    }
}
