using Lucene.Net.Search;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>A scorer that only hands a score already computed to a collector (<see cref="PrunedTopHits"/>).</summary>
internal sealed class HeldScore() : Scorer(null)
{
    public float Score { get; set; }

    public int Doc { get; set; } = -1;

    public override float GetScore() => Score;

    public override int Freq => 1;

    public override int DocID => Doc;

    public override int NextDoc() => throw new NotSupportedException();

    public override int Advance(int target) => throw new NotSupportedException();

    public override long GetCost() => 1;
}
