namespace SearchMining.Mining.YearOverYear;

/// <summary>Character-level diff of two sentences by longest common subsequence (skipped above <see cref="MaxCells"/>).</summary>
internal static class CharacterDiff
{
    public const int MaxCells = 250_000;

    public static IReadOnlyList<DiffSegment> Of(string previous, string current)
    {
        var n = previous.Length;
        var m = current.Length;
        if ((long)n * m > MaxCells) return [];
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = previous[i] == current[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var segments = new List<DiffSegment>();
        void Add(DiffKind kind, char c)
        {
            if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = segments[^1] with { Text = segments[^1].Text + c };
            else segments.Add(new DiffSegment(kind, c.ToString()));
        }
        int a = 0, b = 0;
        while (a < n && b < m)
        {
            if (previous[a] == current[b]) { Add(DiffKind.Same, current[b]); a++; b++; }
            else if (lcs[a + 1, b] >= lcs[a, b + 1]) Add(DiffKind.Deleted, previous[a++]);
            else Add(DiffKind.Inserted, current[b++]);
        }
        while (a < n) Add(DiffKind.Deleted, previous[a++]);
        while (b < m) Add(DiffKind.Inserted, current[b++]);
        return segments;
    }
}
