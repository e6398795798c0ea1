using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchMining.Index.Searching.Pruning;

/// <summary>
/// Block maxima of a scored clause (block-max MaxScore, docs/SCALING.md round 10): per segment, the largest BM25 score the
/// clause gives any document of each block of <see cref="BlockSize"/> consecutive document ids, as a share of the clause's
/// static bound (<c>tf / (tf + k1 · (1 − b + b · length / avgdl))</c> at its largest in the block: it depends on the
/// postings' term frequencies and the documents' length norms, not on idf or boosts). A block where the clause has no
/// posting is 0. Read with Lucene's own scorer over every posting of the segment (live or not: deleted documents only make
/// the maxima larger, still bounds), on the clause's first use in the segment, and kept while the segment lives
/// (a <see cref="ConditionalWeakTable{TKey,TValue}"/> on the segment's core, like Lucene's own caches). Blocks are aligned
/// document-id ranges, not runs of 128 postings, so the maxima of several clauses add block by block.
/// </summary>
/// <remarks>
/// Memory: one float per block and clause — <c>maxDoc / 32</c> bytes a clause over the whole index; at most
/// <see cref="MaxClausesPerSegment"/> clauses per segment (then that segment's set is cleared), so at most
/// <c>16 bytes × maxDoc</c> in all. The key includes the field's length statistics (sum of lengths, maxDoc): after a
/// refresh that adds documents, avgdl changes and a clause's maxima are read again for every segment.
/// </remarks>
internal static class BlockMaxima
{
    public const int BlockShift = 7;

    public const int BlockSize = 1 << BlockShift;

    public const int MaxClausesPerSegment = 512;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, float[]>> Cache = new();

    /// <summary>The blocks of <paramref name="segment"/>: one per <see cref="BlockSize"/> document ids.</summary>
    public static int Blocks(AtomicReaderContext segment) => (segment.AtomicReader.MaxDoc + BlockSize - 1) >> BlockShift;

    /// <summary>
    /// Per block of <paramref name="segment"/>, the largest score of <paramref name="leaf"/>'s weight in it divided by the
    /// weight's static bound (in [0, 1]); null for a constant leaf.
    /// </summary>
    public static float[]? Of(AtomicReaderContext segment, ScoreLeaf leaf)
    {
        if (!leaf.Scored || leaf.MaximaKey is null || leaf.Unit <= 0) return null;
        var perSegment = Cache.GetValue(segment.AtomicReader.CoreCacheKey, _ => new ConcurrentDictionary<string, float[]>(StringComparer.Ordinal));
        if (perSegment.TryGetValue(leaf.MaximaKey, out var cached)) return cached;
        var maxima = Read(segment, leaf);
        if (perSegment.Count >= MaxClausesPerSegment) perSegment.Clear();
        return perSegment.GetOrAdd(leaf.MaximaKey, maxima);
    }

    private static float[] Read(AtomicReaderContext segment, ScoreLeaf leaf)
    {
        var maxima = new float[Blocks(segment)];
        var scorer = leaf.Weight.GetScorer(segment, null);
        if (scorer is null) return maxima;
        var largest = new float[maxima.Length];
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            var score = scorer.GetScore();
            ref var slot = ref largest[doc >> BlockShift];
            if (score > slot) slot = score;
        }
        for (var block = 0; block < maxima.Length; block++)
        {
            if (largest[block] <= 0) continue;
            // Rounded up to the next float: the share times the leaf's value (which carries ScoreBounds.Margin) stays above
            // every score of the block.
            maxima[block] = MathF.BitIncrement((float)(largest[block] / leaf.Unit));
        }
        return maxima;
    }
}
