using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Tables;

/// <summary>Sums over table cells the way the templates mean them: a blank addend counts as 0, a "/" is not applicable.</summary>
public static class CellArithmetic
{
    /// <summary>Sum of the cells, or null when one of them is missing or neither a number nor blank.</summary>
    public static decimal? Sum(IEnumerable<TableCell?> cells)
    {
        decimal sum = 0;
        foreach (var cell in cells)
        {
            if (cell is null) return null;
            if (cell.Value is { } v) sum += v;
            else if (!cell.IsBlank && !cell.IsNotApplicable) return null;
        }
        return sum;
    }

    /// <summary>The value a total cell states, or null when it is blank or not a number (the comparison is then uncertain).</summary>
    public static decimal? Stated(TableCell? cell) => cell?.Value;

    public static string Show(TableCell? cell) => cell is null ? "?" : cell.IsBlank ? "(blank)" : cell.Raw;

    public static string Show(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
}
