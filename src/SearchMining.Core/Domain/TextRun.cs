namespace SearchMining.Core.Domain;

/// <summary>A run of <paramref name="Length"/> characters copied from the source text at <paramref name="SourceStart"/> to the clean text at <paramref name="TextStart"/>.</summary>
public sealed record TextRun(int TextStart, int SourceStart, int Length);
