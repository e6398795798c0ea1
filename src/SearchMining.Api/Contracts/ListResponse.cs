namespace SearchMining.Api.Contracts;

/// <summary>A page of records: <paramref name="Total"/> over all pages, <paramref name="Items"/> from <paramref name="Offset"/>.</summary>
internal sealed record ListResponse<T>(int Total, int Offset, IReadOnlyList<T> Items);
