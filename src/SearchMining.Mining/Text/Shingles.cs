namespace SearchMining.Mining.Text;

/// <summary>Character k-gram shingles of a content text as 64-bit hashes (FNV-1a), one per start position.</summary>
internal static class Shingles
{
    public static ulong[] Of(string content, int k)
    {
        if (content.Length < k) return [];
        var hashes = new ulong[content.Length - k + 1];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = Hash(content, i, k);
        return hashes;
    }

    public static HashSet<ulong> SetOf(string content, int k) => [.. Of(content, k)];

    public static ulong Hash(string content, int start, int length)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + length; i++)
        {
            hash ^= content[i];
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
