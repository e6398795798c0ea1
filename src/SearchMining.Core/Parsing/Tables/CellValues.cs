using System.Globalization;
using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>Reading table cells: numbers (with a 元/万元/件 unit), blanks and the "/" or "—" of not-applicable cells.</summary>
public static partial class CellValues
{
    [GeneratedRegex(@"^[-－]?\d+(?:\.\d+)?\s*(?:元|万元|件|条|个|项)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[-－]?\d+(?:\.\d+)?")]
    private static partial Regex LeadingNumber();

    public static bool IsNotApplicable(string cell) => cell.Trim() is "/" or "／" or "—" or "-" or "--" or "——" or "－" or "\\";

    public static bool IsNumber(string cell) => Number().IsMatch(cell.Trim());

    /// <summary>A number or a not-applicable mark: something that fills a value column.</summary>
    public static bool IsValueLike(string cell) => IsNumber(cell) || IsNotApplicable(cell);

    public static TableCell Cell(string raw)
    {
        raw = raw.Trim();
        if (raw.Length == 0 || IsNotApplicable(raw)) return new TableCell(raw, null);
        var m = LeadingNumber().Match(raw.Replace('－', '-'));
        return m.Success && decimal.TryParse(m.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new TableCell(raw, value)
            : new TableCell(raw, null);
    }

    /// <summary>
    /// The values of a row that should have <paramref name="expected"/> columns, or null when they cannot be told apart:
    /// exactly <paramref name="expected"/> value cells are read in order; otherwise the blank-aware slots are used only
    /// when the shape keeps blank cells and the table writes zero as a blank (never when it writes 0).
    /// </summary>
    public static IReadOnlyList<TableCell>? Values(TableRow row, int expected, bool slotsArePositional, bool blankMeansZero)
    {
        var slots = row.ValueSlots.ToList();
        var filled = slots.Where(s => s.Length > 0).ToList();
        if (filled.Count == expected) return filled.Select(Cell).ToList();
        if (!slotsArePositional || !blankMeansZero) return null;
        while (slots.Count > expected && slots[^1].Length == 0) slots.RemoveAt(slots.Count - 1);
        while (slots.Count > expected && slots[0].Length == 0) slots.RemoveAt(0);
        return slots.Count == expected ? slots.Select(Cell).ToList() : null;
    }
}
