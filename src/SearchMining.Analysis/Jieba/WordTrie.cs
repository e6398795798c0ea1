namespace SearchMining.Analysis.Jieba;

/// <summary>
/// Immutable prefix trie over UTF-16 code units, stored as flat arrays. The children of a node are contiguous and
/// sorted, so a step is a short linear or binary search; the first step from the root is a direct table lookup.
/// Every node is a prefix of some word; a node with a positive frequency is a word.
/// </summary>
internal sealed class WordTrie
{
    public const int Root = 0;
    public const int None = -1;
    private const int LinearSearchLimit = 8;

    private readonly char[] _labels;
    private readonly TrieNode[] _nodes;
    private readonly int[] _rootTable;
    private readonly PairTable _pairs;
    private readonly int _depthOneEnd;

    internal WordTrie(char[] labels, int[] firstChild, int[] childCount, int[] frequency, int wordCount, long totalFrequency)
    {
        _labels = labels;
        WordCount = wordCount;
        TotalFrequency = totalFrequency;
        _nodes = new TrieNode[labels.Length];
        for (var i = 0; i < labels.Length; i++)
            _nodes[i] = new TrieNode(frequency[i] > 0 ? Math.Log(frequency[i]) : double.NegativeInfinity, firstChild[i], childCount[i], frequency[i]);
        _rootTable = new int[char.MaxValue + 1];
        Array.Fill(_rootTable, None);
        for (var i = 0; i < childCount[Root]; i++)
            _rootTable[labels[firstChild[Root] + i]] = firstChild[Root] + i;
        // The root's children (one-character prefixes) are one contiguous block; their children are found by hashing
        // the two characters, since a one-character prefix often has thousands of continuations.
        _depthOneEnd = childCount[Root] == 0 ? 0 : firstChild[Root] + childCount[Root];
        _pairs = PairTable.Build(this, firstChild[Root], _depthOneEnd);
    }

    public int NodeCount => _labels.Length;

    public int WordCount { get; }

    /// <summary>Sum of the frequencies of every dictionary line (as jieba counts it).</summary>
    public long TotalFrequency { get; }

    /// <summary>Approximate managed memory held by the arrays, in bytes.</summary>
    public long SizeInBytes => (long)NodeCount * (sizeof(char) + 24) + _rootTable.Length * sizeof(int) + _pairs.SizeInBytes;

    public bool HasRootChild(char c) => _rootTable[c] != None;

    /// <summary>The child of <paramref name="node"/> labelled <paramref name="c"/>, or <see cref="None"/>.</summary>
    public int Child(int node, char c)
    {
        if (node == Root)
            return _rootTable[c];
        if (node < _depthOneEnd)
            return _pairs.Find(_labels[node], c);
        ref readonly var parent = ref _nodes[node];
        var first = parent.FirstChild;
        var count = parent.ChildCount;
        if (count <= LinearSearchLimit)
        {
            for (var i = first; i < first + count; i++)
            {
                var label = _labels[i];
                if (label == c)
                    return i;
                if (label > c)
                    return None;
            }
            return None;
        }
        var lo = first;
        var hi = first + count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var label = _labels[mid];
            if (label == c)
                return mid;
            if (label < c)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return None;
    }

    public bool IsWord(int node) => _nodes[node].Frequency > 0;

    public int Frequency(int node) => _nodes[node].Frequency;

    /// <summary>Natural log of the node's frequency (negative infinity for a prefix that is not a word).</summary>
    public double LogFrequency(int node) => _nodes[node].LogFrequency;

    /// <summary>The node reached by <paramref name="word"/>, or <see cref="None"/>.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node == None)
                return None;
        }
        return word.IsEmpty ? None : node;
    }

    /// <summary>Frequency of <paramref name="word"/> (0 when it is not a word).</summary>
    public int FrequencyOf(ReadOnlySpan<char> word)
    {
        var node = Find(word);
        return node == None ? 0 : _nodes[node].Frequency;
    }

    internal char Label(int node) => _labels[node];

    internal int FirstChild(int node) => _nodes[node].FirstChild;

    internal int ChildCount(int node) => _nodes[node].ChildCount;

    internal ReadOnlySpan<char> Labels => _labels;

    internal int[] CopyFirstChildren() => Array.ConvertAll(_nodes, n => n.FirstChild);

    internal int[] CopyChildCounts() => Array.ConvertAll(_nodes, n => n.ChildCount);

    internal int[] CopyFrequencies() => Array.ConvertAll(_nodes, n => n.Frequency);
}
