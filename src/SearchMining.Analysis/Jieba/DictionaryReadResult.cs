namespace SearchMining.Analysis.Jieba;

/// <summary>Words read from a dictionary file, with a message for every line that could not be used as written.</summary>
public sealed record DictionaryReadResult(IReadOnlyList<UserWord> Words, IReadOnlyList<string> Warnings);
