namespace SearchMining.Core.Parsing.Tables;

/// <summary>
/// Splits numbers that a flattened page ran together ("640020470" for seven cells). A split is only accepted when it is
/// the single one that satisfies the table's own arithmetic (e.g. the last cell is the sum of the others) — otherwise
/// the run is ambiguous and nothing is guessed.
/// </summary>
public static class DigitRunSplitter
{
    private const int MaxDigitsPerNumber = 7;

    /// <summary>The numbers of <paramref name="run"/> (digits, maybe spaces) as <paramref name="count"/> cells, or null when not unique.</summary>
    public static IReadOnlyList<string>? Split(string run, int count, Func<IReadOnlyList<long>, bool>? constraint)
    {
        var all = Candidates(run, count, constraint, limit: 2);
        return all.Count == 1 ? all[0] : null;
    }

    /// <summary>
    /// Every split of <paramref name="run"/> into <paramref name="count"/> cells that satisfies <paramref name="constraint"/>
    /// (at most <paramref name="limit"/>): one when the run is unambiguous, several when something else — the column
    /// totals of the table — must decide, none when the run cannot be these cells.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Candidates(string run, int count, Func<IReadOnlyList<long>, bool>? constraint, int limit)
    {
        var tokens = run.Split([' ', '\u3000', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == count && tokens.All(IsNumber)) return [tokens];
        var digits = string.Concat(tokens);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return [];
        if (digits.Length == count) return [digits.Select(c => c.ToString()).ToList()];
        if (count == 1) return [[digits]];
        if (constraint is null) return [];
        var solutions = new List<string[]>();
        Search(digits, 0, count, new List<string>(), constraint, solutions, limit);
        return solutions;
    }

    private static void Search(string digits, int at, int remaining, List<string> parts, Func<IReadOnlyList<long>, bool> constraint, List<string[]> solutions, int limit)
    {
        if (solutions.Count >= limit) return;
        var left = digits.Length - at;
        if (remaining == 0)
        {
            if (left == 0 && constraint(parts.Select(long.Parse).ToList())) solutions.Add([.. parts]);
            return;
        }
        if (left < remaining || left > remaining * MaxDigitsPerNumber) return;
        for (var len = 1; len <= Math.Min(MaxDigitsPerNumber, left - remaining + 1); len++)
        {
            if (len > 1 && digits[at] == '0') break;
            parts.Add(digits.Substring(at, len));
            Search(digits, at + len, remaining - 1, parts, constraint, solutions, limit);
            parts.RemoveAt(parts.Count - 1);
        }
    }

    private static bool IsNumber(string token) => token.Length > 0 && token.All(char.IsAsciiDigit) && (token.Length == 1 || token[0] != '0');
}
