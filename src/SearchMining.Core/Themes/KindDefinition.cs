namespace SearchMining.Core.Themes;

/// <summary>One statement kind of THEMES.md: its id (<see cref="StatementKindNames"/>), its Chinese label and its typical cues.</summary>
public sealed record KindDefinition(string Id, string Label, IReadOnlyList<string> CueWords);
