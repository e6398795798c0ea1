using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Dataset;

/// <summary>The labelled statements of a labels file, in file order, with the problems found while reading it.</summary>
public sealed record LabelSet(IReadOnlyList<LabelledStatement> Statements, IReadOnlyList<string> Errors)
{
    public IEnumerable<LabelledStatement> Real => Statements.Where(s => !s.Synthetic);
    public IEnumerable<LabelledStatement> Synthetic => Statements.Where(s => s.Synthetic);

    /// <summary>Real report files in the set, ordered (the folds of leave-one-report-out).</summary>
    public IReadOnlyList<string> RealSources => Real.Select(s => s.Source).Distinct().Order(StringComparer.Ordinal).ToList();

    public bool Contains(string source, string text) => Statements.Any(s => s.Source == source && s.Text == text);

    public DatasetCounts Count() => DatasetCounts.Of(Statements);

    public static LabelSet Empty { get; } = new([], []);
}
