namespace SearchMining.Core.Parsing.Tables;

/// <summary>A table row as extracted: its cells in order (blank cells kept where the shape shows them).</summary>
public sealed class TableRow
{
    public TableRow(IReadOnlyList<string> cells, int sourceOffset, int sourceEnd = -1)
    {
        Cells = cells;
        SourceOffset = sourceOffset;
        SourceEnd = sourceEnd;
        var last = -1;
        var labels = new List<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length == 0 || CellValues.IsValueLike(cells[i])) continue;
            labels.Add(cells[i]);
            last = i;
        }
        LabelCells = labels;
        Label = string.Join(" ", labels);
        ValueSlots = cells.Skip(last + 1).ToList();
        HasValues = ValueSlots.Any(c => c.Length > 0);
    }

    public IReadOnlyList<string> Cells { get; }

    /// <summary>Offset of the row's first line in the source.</summary>
    public int SourceOffset { get; }

    /// <summary>Offset just after the row's last line in the source (-1 when unknown).</summary>
    public int SourceEnd { get; }

    /// <summary>The non-numeric cells: the row's label (e.g. （三）不予公开 + 1.属于国家秘密).</summary>
    public IReadOnlyList<string> LabelCells { get; }

    public string Label { get; }

    /// <summary>Cells after the last label cell.</summary>
    public IReadOnlyList<string> ValueSlots { get; }

    public bool HasValues { get; }
}
