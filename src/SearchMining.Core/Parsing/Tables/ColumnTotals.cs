namespace SearchMining.Core.Parsing.Tables;

/// <summary>
/// Chooses between the possible splits of run-together rows of the section-三 table with the table's column
/// arithmetic: per applicant column, the 办理结果 rows add up to （七）总计, and 新收 + 上年结转 = 总计 + 结转下年度.
/// The open rows (several splits) are decided together: when exactly one combination of their splits keeps every
/// column equation true — and each open row takes part in an equation that could be checked — that one is taken;
/// otherwise they stay undecided (null) and the parser leaves them out.
/// </summary>
public static class ColumnTotals
{
    /// <summary>Combinations of open rows' splits tried at most (beyond that the rows stay open).</summary>
    public const int MaxCombinations = 20_000;

    public static IReadOnlyList<IReadOnlyList<string>?> Decide(IReadOnlyList<(string Code, IReadOnlyList<IReadOnlyList<string>> Splits)> rows)
    {
        var chosen = rows.Select(r => r.Splits.Count == 1 ? r.Splits[0] : null).ToArray();
        var open = Enumerable.Range(0, rows.Count).Where(i => rows[i].Splits.Count > 1).ToList();
        if (open.Count == 0) return chosen;
        var combinations = open.Aggregate(1L, (n, i) => n * rows[i].Splits.Count);
        if (combinations > MaxCombinations) return chosen;
        var codes = rows.Select(r => r.Code).ToList();
        IReadOnlyList<string>[]? found = null;
        var count = 0;
        var trial = (IReadOnlyList<string>?[])chosen.Clone();
        void Try(int k)
        {
            if (count > 1) return;
            if (k == open.Count)
            {
                if (!Holds(codes, trial, open)) return;
                count++;
                found = open.Select(i => trial[i]!).ToArray();
                return;
            }
            foreach (var split in rows[open[k]].Splits)
            {
                trial[open[k]] = split;
                Try(k + 1);
            }
        }
        Try(0);
        if (count == 1)
            for (var k = 0; k < open.Count; k++) chosen[open[k]] = found![k];
        return chosen;
    }

    /// <summary>Every checkable column equation holds, and each open row is in at least one checked equation.</summary>
    private static bool Holds(List<string> codes, IReadOnlyList<string>?[] values, List<int> open)
    {
        long[]? V(int i) => i < 0 ? null : values[i]?.Select(long.Parse).ToArray();
        var covered = new HashSet<int>();
        var total = codes.IndexOf("result.total");
        var details = Enumerable.Range(0, codes.Count).Where(i => ApplicationRowCatalog.IsResultDetail(codes[i])).ToList();
        var sum = V(total);
        var parts = details.Select(V).ToList();
        if (sum is not null && parts.All(p => p is not null))
        {
            for (var c = 0; c < sum.Length; c++)
                if (parts.Sum(p => p![c]) != sum[c]) return false;
            covered.UnionWith(details);
            covered.Add(total);
        }
        int[] balance = [codes.IndexOf("new"), codes.IndexOf("carried-over"), total, codes.IndexOf("carried-forward")];
        var (a, b, t, f) = (V(balance[0]), V(balance[1]), V(balance[2]), V(balance[3]));
        if (a is not null && b is not null && t is not null && f is not null)
        {
            for (var c = 0; c < a.Length; c++)
                if (a[c] + b[c] != t[c] + f[c]) return false;
            covered.UnionWith(balance);
        }
        return open.All(covered.Contains);
    }
}
