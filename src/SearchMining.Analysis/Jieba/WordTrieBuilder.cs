namespace SearchMining.Analysis.Jieba;

/// <summary>Builds a <see cref="WordTrie"/> from dictionary entries (later duplicates override earlier ones).</summary>
internal sealed class WordTrieBuilder
{
    private char[] _labels = new char[1024];
    private int[] _firstChild = new int[1024];
    private int[] _childCount = new int[1024];
    private int[] _frequency = new int[1024];
    private int _count;

    public static WordTrie Build(IReadOnlyList<DictionaryEntry> entries)
    {
        long total = 0;
        foreach (var entry in entries)
            if (entry.Word.Length > 0 && entry.Frequency >= 0)
                total += entry.Frequency;
        var (words, frequencies) = IsSorted(entries) ? DeduplicateSorted(entries) : SortAndDeduplicate(entries);
        var wordCount = frequencies.Count(f => f > 0);
        return new WordTrieBuilder().BuildSorted(words, frequencies, wordCount, total);
    }

    // The bundled dictionary is stored in ordinal order, so the common case needs no sorting.
    private static bool IsSorted(IReadOnlyList<DictionaryEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Word.Length == 0 || entries[i].Frequency < 0)
                return false;
            if (i > 0 && string.CompareOrdinal(entries[i - 1].Word, entries[i].Word) > 0)
                return false;
        }
        return true;
    }

    // Equal words are adjacent; the last one wins, as when jieba reads the lines in order.
    private static (string[] Words, int[] Frequencies) DeduplicateSorted(IReadOnlyList<DictionaryEntry> entries)
    {
        var words = new List<string>(entries.Count);
        var frequencies = new List<int>(entries.Count);
        foreach (var entry in entries)
        {
            if (words.Count > 0 && string.Equals(words[^1], entry.Word, StringComparison.Ordinal))
            {
                frequencies[^1] = entry.Frequency;
                continue;
            }
            words.Add(entry.Word);
            frequencies.Add(entry.Frequency);
        }
        return (words.ToArray(), frequencies.ToArray());
    }

    private static (string[] Words, int[] Frequencies) SortAndDeduplicate(IReadOnlyList<DictionaryEntry> entries)
    {
        var byWord = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
            if (entry.Word.Length > 0 && entry.Frequency >= 0)
                byWord[entry.Word] = entry.Frequency;
        var words = byWord.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        return (words, Array.ConvertAll(words, w => byWord[w]));
    }

    private WordTrie BuildSorted(string[] words, int[] frequencies, int wordCount, long total)
    {
        var root = NewNodes(1);
        BuildChildren(root, words, frequencies, 0, words.Length, 0);
        return new WordTrie(_labels[.._count], _firstChild[.._count], _childCount[.._count], _frequency[.._count], wordCount, total);
    }

    // words[lo..hi) all share the node's prefix of length depth; the children are the distinct characters at depth.
    private void BuildChildren(int node, string[] words, int[] frequencies, int lo, int hi, int depth)
    {
        if (lo < hi && words[lo].Length == depth)
            lo++;
        if (lo >= hi)
            return;
        var groups = 0;
        for (var i = lo; i < hi; i++)
            if (i == lo || words[i][depth] != words[i - 1][depth])
                groups++;
        var first = NewNodes(groups);
        _firstChild[node] = first;
        _childCount[node] = groups;
        var child = first;
        var start = lo;
        for (var i = lo + 1; i <= hi; i++)
        {
            if (i < hi && words[i][depth] == words[start][depth])
                continue;
            _labels[child] = words[start][depth];
            if (words[start].Length == depth + 1)
                _frequency[child] = frequencies[start];
            BuildChildren(child, words, frequencies, start, i, depth + 1);
            child++;
            start = i;
        }
    }

    private int NewNodes(int n)
    {
        var needed = _count + n;
        if (needed > _labels.Length)
        {
            var size = Math.Max(needed, _labels.Length * 2);
            Array.Resize(ref _labels, size);
            Array.Resize(ref _firstChild, size);
            Array.Resize(ref _childCount, size);
            Array.Resize(ref _frequency, size);
        }
        var first = _count;
        _count = needed;
        return first;
    }
}
