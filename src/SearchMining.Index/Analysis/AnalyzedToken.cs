namespace SearchMining.Index.Analysis;

/// <param name="Position">Token position (phrase matching), from the position increments.</param>
/// <param name="Start">Start offset in the analyzed text.</param>
/// <param name="End">End offset (exclusive) in the analyzed text.</param>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);
