namespace SearchMining.Analysis.Jieba;

/// <summary>A word to add to the segmenter; without a frequency, one is suggested so that the word wins (as jieba does).</summary>
public sealed record UserWord(string Word, int? Frequency = null);
