namespace SearchMining.Mining.Evaluation;

/// <summary>95 % agency-bootstrap intervals of macro-F1 and of each theme's F1 (<see cref="ThemeIntervals"/>).</summary>
public sealed record IntervalSet((double Low, double High) MacroF1, IReadOnlyDictionary<string, (double Low, double High)> PerTheme, int Units);
