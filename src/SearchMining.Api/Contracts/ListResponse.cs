namespace SearchMining.Api.Contracts;

/// <summary>A page of records: <paramref name="Total"/> over all pages, <paramref name="Items"/> from <paramref name="Offset"/>.</summary>
public sealed record ListResponse<T>(int Total, int Offset, IReadOnlyList<T> Items);
