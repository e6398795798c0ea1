using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Training;

/// <summary>
/// Splits the real statements of a training set into folds by group (agency or report), so a group is never on
/// both sides; synthetic statements always stay on the training side.
/// </summary>
public static class ValidationFolds
{
    public static IReadOnlyList<(IReadOnlyList<LabelledStatement> Train, IReadOnlyList<LabelledStatement> Validate)> Split(
        IReadOnlyList<LabelledStatement> statements, int folds)
    {
        var groups = statements.Where(s => !s.Synthetic).Select(s => s.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        if (groups.Count < 2) return [];
        var count = Math.Min(folds, groups.Count);
        var foldOf = groups.Select((g, i) => (g, i % count)).ToDictionary(x => x.g, x => x.Item2);
        return Enumerable.Range(0, count).Select(f =>
        {
            bool InFold(LabelledStatement s) => !s.Synthetic && foldOf[s.Group] == f;
            return ((IReadOnlyList<LabelledStatement>)statements.Where(s => !InFold(s)).ToList(),
                (IReadOnlyList<LabelledStatement>)statements.Where(InFold).ToList());
        }).ToList();
    }
}
