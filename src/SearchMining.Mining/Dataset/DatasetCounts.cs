using SearchMining.Mining.Themes;


namespace SearchMining.Mining.Dataset;

/// <summary>How many statements the dataset holds, real and synthetic, per kind and per theme.</summary>
public sealed record DatasetCounts(
    int Real,
    int Synthetic,
    int RealReports,
    IReadOnlyDictionary<string, (int Real, int Synthetic)> PerKind,
    IReadOnlyDictionary<string, (int Real, int Synthetic)> PerTheme)
{
    public static DatasetCounts Of(IReadOnlyList<LabelledStatement> statements)
    {
        var kinds = StatementKindNames.All.ToDictionary(k => k, k => Split(statements.Where(s => StatementKindNames.ToName(s.Kind) == k)));
        var themes = ThemeIds.All.ToDictionary(t => t, t => Split(statements.Where(s => s.Themes.Contains(t))));
        return new DatasetCounts(
            statements.Count(s => !s.Synthetic),
            statements.Count(s => s.Synthetic),
            statements.Where(s => !s.Synthetic).Select(s => s.Source).Distinct().Count(),
            kinds,
            themes);
    }

    private static (int Real, int Synthetic) Split(IEnumerable<LabelledStatement> statements)
    {
        var list = statements.ToList();
        return (list.Count(s => !s.Synthetic), list.Count(s => s.Synthetic));
    }
}
