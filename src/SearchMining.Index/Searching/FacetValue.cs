namespace SearchMining.Index.Searching;

public sealed record FacetValue(string Value, int Count);
