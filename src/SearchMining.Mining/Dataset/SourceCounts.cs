namespace SearchMining.Mining.Dataset;

/// <summary>How many statements, reports and agencies one part of the dataset holds, per kind and per theme.</summary>
public sealed record SourceCounts(
    string Name,
    int Statements,
    int Reports,
    int Agencies,
    IReadOnlyDictionary<string, int> PerKind,
    IReadOnlyDictionary<string, int> PerTheme)
{
    public static SourceCounts Of(string name, IReadOnlyList<LabelledStatement> statements, bool synthetic = false) => new(
        name,
        statements.Count,
        synthetic ? 0 : statements.Select(s => s.Source).Distinct().Count(),
        synthetic ? 0 : statements.Select(ThemeDataset.AgencyOf).Distinct().Count(),
        StatementKindNames.All.ToDictionary(k => k, k => statements.Count(s => StatementKindNames.ToName(s.Kind) == k)),
        ThemeIds.All.ToDictionary(t => t, t => statements.Count(s => s.Themes.Contains(t))));

    /// <summary>The four parts of a dataset: corpus dev, corpus test, samples, synthetic.</summary>
    public static IReadOnlyList<SourceCounts> Of(ThemeDataset data) =>
    [
        Of("corpus dev", data.Dev),
        Of("corpus test", data.TestSplitForReport()),
        Of("samples (dev agencies)", data.Samples),
        Of("synthetic (training only)", data.Synthetic, synthetic: true),
    ];
}
