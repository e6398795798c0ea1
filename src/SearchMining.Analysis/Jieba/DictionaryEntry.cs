namespace SearchMining.Analysis.Jieba;

/// <summary>One dictionary line: a word and its corpus frequency (the part-of-speech tag is not used).</summary>
internal readonly record struct DictionaryEntry(string Word, int Frequency);
