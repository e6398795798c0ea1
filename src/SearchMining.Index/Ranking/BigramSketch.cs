namespace SearchMining.Index.Ranking;

/// <summary>
/// Bottom-k sketch of a text's distinct character bigrams (whitespace excluded): the <see cref="Size"/> smallest hashes.
/// Two sketches estimate the Jaccard overlap of the two bigram sets in O(<see cref="Size"/>) (Broder's estimator: of the
/// <see cref="Size"/> smallest hashes of the union, the share found in both), so the re-ranker's repeat check is linear in
/// the candidates' text and not quadratic in the candidates' bigram sets (docs/RELEVANCE.md, round 6).
/// </summary>
public sealed class BigramSketch
{
    /// <summary>Hashes kept per text.</summary>
    public const int Size = 64;

    private readonly uint[] _hashes;

    private BigramSketch(uint[] hashes) => _hashes = hashes;

    /// <summary>Distinct hashes kept (fewer than <see cref="Size"/> only for a short text).</summary>
    public int Count => _hashes.Length;

    public static BigramSketch Of(string text)
    {
        // Sorted ascending, distinct, at most Size: a hash enters only when below the current largest kept.
        var kept = new uint[Size];
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var (a, b) = (text[i], text[i + 1]);
            if (char.IsWhiteSpace(a) || char.IsWhiteSpace(b)) continue;
            var h = Mix((uint)(a << 16 | b));
            if (count == Size && h >= kept[Size - 1]) continue;
            var at = Array.BinarySearch(kept, 0, count, h);
            if (at >= 0) continue;
            at = ~at;
            var end = Math.Min(count, Size - 1);
            Array.Copy(kept, at, kept, at + 1, end - at);
            kept[at] = h;
            if (count < Size) count++;
        }
        return new BigramSketch(kept[..count]);
    }

    /// <summary>
    /// Whether the estimated Jaccard overlap of the two texts' bigram sets is at least <paramref name="threshold"/>: of the
    /// <see cref="Size"/> smallest hashes of the union (all of it when both sketches hold their whole sets), the share in
    /// both. One merge of the two sorted sketches, stopped as soon as the misses rule the threshold out.
    /// </summary>
    public bool Overlaps(BigramSketch other, double threshold)
    {
        var (a, b) = (_hashes, other._hashes);
        if (a.Length == 0 || b.Length == 0) return false;
        // Both sketches whole (short texts): the exact Jaccard over the full union; else the first Size of the union.
        var whole = a.Length < Size && b.Length < Size;
        var k = whole ? a.Length + b.Length : Size;
        int i = 0, j = 0, taken = 0, both = 0, misses = 0;
        var allowed = (1 - threshold) * k;
        while (taken < k && (i < a.Length || j < b.Length))
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j])) { i++; misses++; }
            else if (i >= a.Length || b[j] < a[i]) { j++; misses++; }
            else { both++; i++; j++; }
            taken++;
            if (misses > allowed) return false;
        }
        return taken > 0 && both >= threshold * taken;
    }

    /// <summary>A fixed 32-bit mix (murmur3's finaliser): bigrams spread evenly over the hash range.</summary>
    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x85EBCA6B;
        x ^= x >> 13;
        x *= 0xC2B2AE35;
        x ^= x >> 16;
        return x;
    }
}
