using SearchMining.Core.Domain;

namespace SearchMining.Core.Themes;

/// <summary>The lower-case kind names used in the labels file and the model (problem / rectification / measure).</summary>
public static class StatementKindNames
{
    public const string Problem = "problem";
    public const string Rectification = "rectification";
    public const string Measure = "measure";

    public static IReadOnlyList<string> All { get; } = [Problem, Rectification, Measure];

    public static string ToName(StatementKind kind) => kind switch
    {
        StatementKind.Problem => Problem,
        StatementKind.Rectification => Rectification,
        _ => Measure,
    };

    public static StatementKind? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Problem or "p" => StatementKind.Problem,
        Rectification or "r" => StatementKind.Rectification,
        Measure or "m" => StatementKind.Measure,
        _ => null,
    };
}
