namespace SearchMining.Analysis.Jieba;

/// <summary>
/// An immutable view of the words the segmenter knows: the main dictionary plus an optional user-word trie whose
/// frequencies override the main ones. A new instance is made whenever user words are added.
/// </summary>
internal sealed class Lexicon
{
    public Lexicon(WordTrie main, IReadOnlyList<DictionaryEntry> userEntries)
    {
        Main = main;
        UserEntries = userEntries;
        User = userEntries.Count == 0 ? null : WordTrieBuilder.Build(userEntries);
        // jieba adds every user word's frequency to the total, even when the word overrides a main-dictionary word.
        TotalFrequency = main.TotalFrequency + (User?.TotalFrequency ?? 0);
        LogTotal = Math.Log(TotalFrequency);
    }

    public WordTrie Main { get; }

    public WordTrie? User { get; }

    public IReadOnlyList<DictionaryEntry> UserEntries { get; }

    public long TotalFrequency { get; }

    public double LogTotal { get; }

    /// <summary>The frequency of <paramref name="word"/> (user words first), 0 when unknown.</summary>
    public int FrequencyOf(ReadOnlySpan<char> word)
    {
        if (User is not null)
        {
            var userNode = User.Find(word);
            if (userNode != WordTrie.None && User.IsWord(userNode))
                return User.Frequency(userNode);
        }
        return Main.FrequencyOf(word);
    }

    public bool IsWord(ReadOnlySpan<char> word) => FrequencyOf(word) > 0;

    /// <summary>
    /// Maximum-probability route over <paramref name="block"/> by dynamic programming from the right:
    /// <c>next[i]</c> is the exclusive end of the word chosen at <c>i</c>. Ties go to the longer word, as in jieba.
    /// </summary>
    public void BestRoute(ReadOnlySpan<char> block, Span<int> next, Span<double> score)
    {
        var n = block.Length;
        score[n] = 0;
        var user = User;
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var best = double.NegativeInfinity;
            var bestEnd = idx + 1;
            var any = false;
            // Walk the main trie and the user trie side by side; a user word overrides the main word it equals.
            var node = WordTrie.Root;
            var userNode = user is not null && user.HasRootChild(block[idx]) ? WordTrie.Root : WordTrie.None;
            for (var j = idx; j < n; j++)
            {
                var c = block[j];
                if (node != WordTrie.None)
                    node = Main.Child(node, c);
                if (userNode != WordTrie.None)
                    userNode = user!.Child(userNode, c);
                double logFrequency;
                if (userNode != WordTrie.None && user!.IsWord(userNode))
                    logFrequency = user.LogFrequency(userNode);
                else if (node != WordTrie.None && Main.IsWord(node))
                    logFrequency = Main.LogFrequency(node);
                else if (node == WordTrie.None && userNode == WordTrie.None)
                    break;
                else
                    continue;
                var candidate = logFrequency - LogTotal + score[j + 1];
                any = true;
                if (candidate >= best)
                {
                    best = candidate;
                    bestEnd = j + 1;
                }
            }
            if (!any)
            {
                // No word starts here: the character alone, with frequency 1.
                best = -LogTotal + score[idx + 1];
                bestEnd = idx + 1;
            }
            score[idx] = best;
            next[idx] = bestEnd;
        }
    }

    /// <summary>Writes the lengths of every word that is a prefix of <paramref name="text"/>; returns how many.</summary>
    public int PrefixWordLengths(ReadOnlySpan<char> text, Span<int> lengths)
    {
        var count = 0;
        var node = WordTrie.Root;
        for (var j = 0; j < text.Length && count < lengths.Length; j++)
        {
            node = Main.Child(node, text[j]);
            if (node == WordTrie.None)
                break;
            if (Main.IsWord(node))
                lengths[count++] = j + 1;
        }
        if (User is null || !User.HasRootChild(text[0]))
            return count;
        var mainCount = count;
        node = WordTrie.Root;
        for (var j = 0; j < text.Length && count < lengths.Length; j++)
        {
            node = User.Child(node, text[j]);
            if (node == WordTrie.None)
                break;
            if (User.IsWord(node) && !lengths[..mainCount].Contains(j + 1))
                lengths[count++] = j + 1;
        }
        if (count > mainCount)
            lengths[..count].Sort();
        return count;
    }
}
