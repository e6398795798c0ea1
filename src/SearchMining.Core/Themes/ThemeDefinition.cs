namespace SearchMining.Core.Themes;

/// <summary>One theme of THEMES.md: its id, its Chinese label, and its cue words (the "covers" and "seed examples" columns).</summary>
public sealed record ThemeDefinition(string Id, string Label, IReadOnlyList<string> CueWords);
