namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// A node of a query's score bound (<see cref="ScoreBounds"/>): an upper bound of the node's score for a document, given
/// which leaves may match it. Scores are never negative and coordination is 1 (BM25), so the bound of a boolean is the sum
/// of its scoring clauses' bounds and that of a dis-max its own formula over them (monotone in each).
/// </summary>
internal abstract class BoundNode
{
    public abstract double Bound(double[] leafValues, bool[] present);
}

/// <summary>A boolean's scoring clauses (required and optional): their bounds added.</summary>
internal sealed class SumBound(BoundNode[] children) : BoundNode
{
    public override double Bound(double[] leafValues, bool[] present)
    {
        var sum = 0.0;
        foreach (var child in children) sum += child.Bound(leafValues, present);
        return sum;
    }
}

/// <summary>A dis-max: the largest bound plus the tie-breaker times the others.</summary>
internal sealed class MaxBound(BoundNode[] children, float tieBreaker) : BoundNode
{
    public override double Bound(double[] leafValues, bool[] present)
    {
        double sum = 0, max = 0;
        foreach (var child in children)
        {
            var b = child.Bound(leafValues, present);
            sum += b;
            if (b > max) max = b;
        }
        return max + (sum - max) * tieBreaker;
    }
}

/// <summary>A term, phrase or constant-score clause: its bound where it may match the document, else 0.</summary>
internal sealed class LeafBound(int leaf) : BoundNode
{
    public override double Bound(double[] leafValues, bool[] present) => present[leaf] ? leafValues[leaf] : 0;
}
