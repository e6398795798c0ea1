namespace SearchMining.Mining.Features;

/// <summary>
/// Cuts a statement into its clauses (at ，；。！？ and their ASCII forms) so that each distinct weakness or action
/// of a long multi-clause statement can be scored on its own — the labelling rule gives each one its theme. Clauses
/// shorter than <see cref="MinimumLength"/> characters (一是, 同时) are joined to the next one.
/// </summary>
public static class StatementClauses
{
    public const int MinimumLength = 6;
    private static readonly char[] Breaks = ['，', '；', '。', '！', '？', ',', ';', '!', '?'];

    /// <summary>The clauses of a statement, or an empty list when it has fewer than two.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var clauses = new List<string>();
        var pending = "";
        foreach (var piece in text.Split(Breaks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            pending += piece;
            if (pending.Length < MinimumLength) continue;
            clauses.Add(pending);
            pending = "";
        }
        if (pending.Length > 0)
        {
            if (clauses.Count == 0) clauses.Add(pending);
            else clauses[^1] += pending;
        }
        return clauses.Count >= 2 ? clauses : [];
    }
}
