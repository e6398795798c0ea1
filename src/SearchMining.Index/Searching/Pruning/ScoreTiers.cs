using Lucene.Net.Search;
using SearchMining.Index.Querying;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// The coverage tiers of a query (docs/SCALING.md round 12): the constant-score groups whose value decides a section's tier
/// (a word group's <see cref="RelevanceOptions.GroupCoverageBoost"/>: a dis-max of its words' presence bitsets, or a lone
/// presence clause). The <b>top tier</b> is the matches that hold the most valuable clause of every chosen group; every other
/// match lacks that clause in at least one group, so its score is at most <see cref="LowerBound"/> — the query's bound
/// (<see cref="ScoreBounds"/>) with that group's most valuable clauses absent, the largest over the chosen groups.
/// Only groups that lower the bound by at least half as much as the most decisive one are chosen: a word's soft coverage
/// (<see cref="RelevanceOptions.CoverageBoost"/>) beside a group's 100 would make the lower tier's bound useless.
/// </summary>
internal sealed class ScoreTiers
{
    private ScoreTiers(Query top, Query? rest, double lowerBound, double upperBound)
    {
        Top = top;
        Rest = rest;
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    /// <summary>The top tier's matches (scores do not matter: only iterated).</summary>
    public Query Top { get; }

    /// <summary>The other matches; null where every match is in the top tier (one word group, the match clause itself).</summary>
    public Query? Rest { get; }

    /// <summary>An upper bound of the score of every match outside the top tier.</summary>
    public double LowerBound { get; }

    /// <summary>An upper bound of every match's score.</summary>
    public double UpperBound { get; }

    /// <summary>
    /// The tiers of <paramref name="rewritten"/> (whose matches are <paramref name="matching"/>); one tier (every match, no
    /// <see cref="Rest"/>) where no constant group separates them.
    /// </summary>
    public static ScoreTiers Of(Query rewritten, Query matching, ScoreBounds bounds)
    {
        var one = Of(rewritten, matching, bounds, out var upper);
        return one ?? new ScoreTiers(matching, null, double.NegativeInfinity, upper);
    }

    private static ScoreTiers? Of(Query rewritten, Query matching, ScoreBounds bounds, out double upper)
    {
        var leafOf = new Dictionary<Query, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < bounds.Leaves.Count; i++)
            if (!bounds.Leaves[i].Scored) leafOf[bounds.Leaves[i].Weight.Query] = i;
        var all = new bool[bounds.Leaves.Count];
        Array.Fill(all, true);
        var largest = upper = bounds.Root.Bound(bounds.Values, all);
        var groups = new List<int[]>();
        Collect(rewritten, leafOf, groups);
        if (groups.Count == 0) return null;
        var withGroupAbsent = new double[groups.Count];
        var tops = new int[groups.Count][];
        for (var g = 0; g < groups.Count; g++)
        {
            var best = groups[g].Max(i => bounds.Values[i]);
            tops[g] = groups[g].Where(i => bounds.Values[i] >= best).ToArray();
            var present = (bool[])all.Clone();
            foreach (var i in tops[g]) present[i] = false;
            withGroupAbsent[g] = bounds.Root.Bound(bounds.Values, present);
        }
        var largestLoss = withGroupAbsent.Max(b => largest - b);
        if (largestLoss <= 0) return null;
        var top = new BooleanQuery(disableCoord: true) { { matching, Occur.MUST } };
        var held = new BooleanQuery(disableCoord: true);
        var lower = double.NegativeInfinity;
        var required = RequiredFilters(matching);
        var separates = false;
        for (var g = 0; g < groups.Count; g++)
        {
            if (upper - withGroupAbsent[g] < largestLoss / 2) continue;
            // A group whose top clause is a clause every match must hold (a one-word query's presence) separates nothing.
            separates |= !tops[g].Any(i => bounds.Leaves[i].Weight.Query is ConstantScoreQuery { Filter: { } f } && required.Contains(f));
            lower = Math.Max(lower, withGroupAbsent[g]);
            var any = new BooleanQuery(disableCoord: true);
            foreach (var i in tops[g]) any.Add(bounds.Leaves[i].Weight.Query, Occur.SHOULD);
            top.Add(any, Occur.MUST);
            held.Add(any, Occur.MUST);
        }
        if (!separates) return null;
        var rest = new BooleanQuery(disableCoord: true) { { matching, Occur.MUST }, { held, Occur.MUST_NOT } };
        return new ScoreTiers(top, rest, lower, upper);
    }

    /// <summary>The cached filters every match of <paramref name="matching"/> holds (its required constant clauses).</summary>
    internal static HashSet<Filter> RequiredFilters(Query matching)
    {
        var filters = new HashSet<Filter>(ReferenceEqualityComparer.Instance);
        void Walk(Query query)
        {
            switch (query)
            {
                case ConstantScoreQuery { Filter: { } filter }:
                    filters.Add(filter);
                    break;
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.MUST)) Walk(clause.Query);
                    // One optional clause alone is required too.
                    if (boolean.Clauses.Count == 1 && boolean.Clauses[0].Occur == Occur.SHOULD) Walk(boolean.Clauses[0].Query);
                    break;
            }
        }
        Walk(matching);
        return filters;
    }

    /// <summary>
    /// The constant groups of the query's scoring part: a dis-max whose every disjunct is a constant leaf, or a constant leaf
    /// outside one (never under an excluded clause).
    /// </summary>
    internal static void Collect(Query query, Dictionary<Query, int> leafOf, List<int[]> groups)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Collect(clause.Query, leafOf, groups);
                break;
            case DisjunctionMaxQuery dismax when dismax.Disjuncts.Count > 0 && dismax.Disjuncts.All(leafOf.ContainsKey):
                groups.Add(dismax.Disjuncts.Select(d => leafOf[d]).ToArray());
                break;
            case DisjunctionMaxQuery dismax:
                foreach (var disjunct in dismax.Disjuncts) Collect(disjunct, leafOf, groups);
                break;
            case SimilarityQuery similar:
                Collect(similar.Inner, leafOf, groups);
                break;
            default:
                if (leafOf.TryGetValue(query, out var leaf)) groups.Add([leaf]);
                break;
        }
    }
}
