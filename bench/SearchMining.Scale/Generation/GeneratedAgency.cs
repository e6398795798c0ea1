using SearchMining.Core.Domain;

namespace SearchMining.Scale.Generation;

/// <summary>A made-up agency with its place names, as the generator writes it into a report's title and text.</summary>
internal sealed record GeneratedAgency(string Name, string Province, string City, string? County, AdministrativeLevel Level);
