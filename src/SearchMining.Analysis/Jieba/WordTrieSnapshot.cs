using System.Runtime.InteropServices;

namespace SearchMining.Analysis.Jieba;

/// <summary>
/// Binary image of a <see cref="WordTrie"/>'s arrays (little-endian, as laid out in memory), so a dictionary parsed
/// once can be reloaded without parsing or sorting. Layout: magic, version, node count, word count, total frequency,
/// then labels, first-child, child-count and frequency arrays.
/// </summary>
internal static class WordTrieSnapshot
{
    private const int Magic = 0x544A_4D53; // "SMJT"
    private const int Version = 1;

    public static void Write(WordTrie trie, Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(trie.NodeCount);
        writer.Write(trie.WordCount);
        writer.Write(trie.TotalFrequency);
        writer.Flush();
        stream.Write(MemoryMarshal.AsBytes(trie.Labels));
        stream.Write(MemoryMarshal.AsBytes(trie.CopyFirstChildren().AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(trie.CopyChildCounts().AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(trie.CopyFrequencies().AsSpan()));
    }

    /// <summary>The trie stored in <paramref name="stream"/>, or null when the stream is not a complete snapshot.</summary>
    public static WordTrie? TryRead(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
                return null;
            var nodeCount = reader.ReadInt32();
            var wordCount = reader.ReadInt32();
            var total = reader.ReadInt64();
            if (nodeCount <= 0 || wordCount < 0 || total < 0 || nodeCount > 100_000_000)
                return null;
            var labels = new char[nodeCount];
            var firstChild = new int[nodeCount];
            var childCount = new int[nodeCount];
            var frequency = new int[nodeCount];
            stream.ReadExactly(MemoryMarshal.AsBytes(labels.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(firstChild.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(childCount.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(frequency.AsSpan()));
            return IsConsistent(firstChild, childCount) ? new WordTrie(labels, firstChild, childCount, frequency, wordCount, total) : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    // Child blocks must lie inside the arrays, so a corrupt file cannot make lookups run out of bounds.
    private static bool IsConsistent(int[] firstChild, int[] childCount)
    {
        var n = firstChild.Length;
        for (var i = 0; i < n; i++)
            if (childCount[i] < 0 || (childCount[i] > 0 && (firstChild[i] <= i || firstChild[i] + childCount[i] > n)))
                return false;
        return true;
    }
}
