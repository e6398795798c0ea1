namespace SearchMining.Analysis.Jieba;

/// <summary>
/// Open-addressing hash from a two-character prefix to its trie node (linear probing, load ≤ 0.5). Key and node share
/// one 64-bit slot, so a lookup touches one cache line.
/// </summary>
internal sealed class PairTable
{
    private readonly ulong[] _slots;
    private readonly int _mask;
    private readonly int _shift;

    private PairTable(int capacity)
    {
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)capacity);
        _slots = new ulong[capacity];
        _mask = capacity - 1;
    }

    public long SizeInBytes => _slots.Length * (long)sizeof(ulong);

    public static PairTable Build(WordTrie trie, int depthOneStart, int depthOneEnd)
    {
        var count = 0;
        for (var node = depthOneStart; node < depthOneEnd; node++)
            count += trie.ChildCount(node);
        var table = new PairTable(Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(count * 2))));
        for (var node = depthOneStart; node < depthOneEnd; node++)
        {
            var first = trie.FirstChild(node);
            for (var child = first; child < first + trie.ChildCount(node); child++)
                table.Add(Key(trie.Label(node), trie.Label(child)), child);
        }
        return table;
    }

    public int Find(char first, char second)
    {
        var key = Key(first, second);
        var slot = Slot(key);
        while (true)
        {
            var stored = _slots[slot];
            var storedKey = (uint)(stored >> 32);
            if (storedKey == key)
                return (int)(uint)stored;
            if (storedKey == 0)
                return WordTrie.None;
            slot = (slot + 1) & _mask;
        }
    }

    private void Add(uint key, int node)
    {
        var slot = Slot(key);
        while (_slots[slot] >> 32 != 0)
            slot = (slot + 1) & _mask;
        _slots[slot] = (ulong)key << 32 | (uint)node;
    }

    // 0 marks an empty slot; only the pair U+FFFF U+FFFF (two non-characters) would wrap to it.
    private static uint Key(char first, char second) => ((uint)first << 16 | second) + 1;

    // Fibonacci hashing: the high bits of the product are well mixed.
    private int Slot(uint key) => (int)((key * 2654435769u) >> _shift);
}
