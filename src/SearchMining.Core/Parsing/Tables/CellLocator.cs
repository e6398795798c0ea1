using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>
/// Gives the cells of a row their offsets in the source, so a check can point at the very characters it compared.
/// A row's values are its last tokens (after the label), so line rows are matched from the end of the row backwards;
/// a flattened run (digits right after the label) is matched forwards. A cell that is not found keeps -1.
/// </summary>
public static class CellLocator
{
    /// <summary>Cells whose values end the span <c>[start, end)</c> (a tab-, space- or pipe-separated row, a DOCX cell-per-line row).</summary>
    public static IReadOnlyList<TableCell> FromEnd(string source, int start, int end, IReadOnlyList<TableCell> cells)
    {
        if (start < 0 || end > source.Length || start >= end) return cells;
        var located = cells.ToArray();
        var position = end;
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            var raw = cells[i].Raw;
            if (raw.Length == 0 || position <= start) continue;
            var at = source.LastIndexOf(raw, position - 1, position - start, StringComparison.Ordinal);
            if (at < 0) continue;
            located[i] = cells[i] with { SourceStart = at, SourceEnd = at + raw.Length };
            position = at;
        }
        return located;
    }

    /// <summary>Cells read in order from the span <c>[start, end)</c> (a run of digits a flattened page left after the row label).</summary>
    public static IReadOnlyList<TableCell> FromStart(string source, int start, int end, IReadOnlyList<TableCell> cells)
    {
        if (start < 0 || end > source.Length || start >= end) return cells;
        var located = cells.ToArray();
        var position = start;
        for (var i = 0; i < cells.Count; i++)
        {
            var raw = cells[i].Raw;
            if (raw.Length == 0 || position >= end) continue;
            var at = source.IndexOf(raw, position, end - position, StringComparison.Ordinal);
            if (at < 0) continue;
            located[i] = cells[i] with { SourceStart = at, SourceEnd = at + raw.Length };
            position = at + raw.Length;
        }
        return located;
    }
}
