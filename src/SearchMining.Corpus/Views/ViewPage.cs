namespace SearchMining.Corpus.Views;

/// <summary>One page of a corpus-wide list: how many items match in all, and the items of the page.</summary>
public sealed record ViewPage<T>(int Total, IReadOnlyList<T> Items);
