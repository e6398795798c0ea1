using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Years.Kept;

/// <summary>One report of a kept directory: its identity (what resolution read) and its problem digest (null: none was known).</summary>
internal sealed record KeptReport(
    string Id, string File, string? Agency, string? Written, string? Province, string? City, string? County, AdministrativeLevel Level, int? Year,
    int? Problems, IReadOnlyList<string>? Themes);
