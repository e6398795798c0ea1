namespace SearchMining.Corpus.Views;

/// <summary>Which commitments <c>/api/commitments</c> lists: every word of <paramref name="Query"/> (space-separated) in the text, the reports of <paramref name="Selection"/>, the theme.</summary>
public sealed record CommitmentFilter(string? Query, ReportSelection Selection, string? Theme)
{
    internal string[] Words => (Query ?? "").Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);

    internal string Key => $"{Query}\u001f{Selection.Key}\u001f{Theme}";

    internal Func<ReportCommitment, bool> Matches()
    {
        var words = Words;
        return c => words.All(w => c.Commitment.Text.Contains(w, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(Theme) || c.Commitment.Themes.Contains(Theme));
    }
}
