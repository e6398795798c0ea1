namespace SearchMining.Analysis.Jieba;

/// <summary>
/// What a trie step reads about a node, kept together so that one cache line serves the whole step (the labels of
/// the children stay in their own dense array for scanning).
/// </summary>
internal readonly record struct TrieNode(double LogFrequency, int FirstChild, int ChildCount, int Frequency);
