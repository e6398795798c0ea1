namespace SearchMining.Core.Parsing.Tables;

/// <summary>A table row as extracted: its cells in order (blank cells kept where the shape shows them).</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, int SourceOffset)
{
    /// <summary>The non-numeric cells: the row's label (e.g. （三）不予公开 + 1.属于国家秘密).</summary>
    public IEnumerable<string> LabelCells => Cells.Where(c => c.Length > 0 && !CellValues.IsValueLike(c));

    public string Label => string.Join(" ", LabelCells);

    /// <summary>Cells after the last label cell.</summary>
    public IReadOnlyList<string> ValueSlots
    {
        get
        {
            var last = -1;
            for (var i = 0; i < Cells.Count; i++)
                if (Cells[i].Length > 0 && !CellValues.IsValueLike(Cells[i])) last = i;
            return Cells.Skip(last + 1).ToList();
        }
    }

    public bool HasValues => ValueSlots.Any(c => c.Length > 0);
}
