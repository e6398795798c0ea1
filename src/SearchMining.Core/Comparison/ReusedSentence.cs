namespace SearchMining.Core.Comparison;

/// <summary>
/// One sentence of the current text: [<see cref="Start"/>, <see cref="End"/>) in it, the share of its counted characters
/// found again (null when it has none: template phrases or punctuation only), and the most similar earlier sentence
/// ([<see cref="PreviousStart"/>, <see cref="PreviousEnd"/>) in the earlier text, -1 when nothing of the sentence is reused).
/// </summary>
public sealed record ReusedSentence(int Start, int End, double? Share, int PreviousStart, int PreviousEnd);
