using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>A table read from one section plus what could not be read.</summary>
public sealed record TableRead<T>(T Table, IReadOnlyList<ParseWarning> Warnings);
