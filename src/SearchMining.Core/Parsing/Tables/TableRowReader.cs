using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>Recovers table rows from a span of the source in whichever shape extraction left them.</summary>
public static partial class TableRowReader
{
    [GeneratedRegex(@"[ \u3000]{2,}")]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"^[-－]?\d+(?:\.\d+)?(?:\s+[-－]?\d+(?:\.\d+)?)+$")]
    private static partial Regex SpacedNumbers();

    public static TableShape DetectShape(string source, int start, int end)
    {
        var lines = Lines(source, start, end);
        var tabLines = lines.Where(l => l.Contains('\t')).ToList();
        if (tabLines.Count > 0)
        {
            var singleCell = tabLines.Count(l => l.StartsWith('\t') && l.Count(c => c == '\t') == 1);
            return singleCell * 2 > tabLines.Count ? TableShape.CellPerLine : TableShape.TabSeparated;
        }
        if (lines.Count(l => l.Contains(" | ") || l.TrimEnd().EndsWith(" |", StringComparison.Ordinal)) >= 2) return TableShape.PipeSeparated;
        if (lines.Count(l => SpaceRun().IsMatch(l.Trim())) >= 2) return TableShape.SpaceAligned;
        return TableShape.Flattened;
    }

    public static List<TableRow> Read(string source, int start, int end, TableShape shape) => shape switch
    {
        TableShape.CellPerLine => CellPerLine(source, start, end),
        TableShape.Flattened => [],
        TableShape.PipeSeparated => Pipe(source, start, end),
        _ => PerLine(source, start, end, shape),
    };

    /// <summary>A pipe table's rows: its lines split once, read one cell per line when it kept them so, else line by line.</summary>
    private static List<TableRow> Pipe(string source, int start, int end)
    {
        var lines = PipeLines(source, start, end).Where(l => l.Cells.Count > 0).ToList();
        return OneCellPerLine(lines) ? PipeCellPerLine(lines) : PerLine(source, start, end, TableShape.PipeSeparated);
    }

    /// <summary>
    /// A pipe table that kept one cell per line (`一、本年新收政府信息公开申请数量 |`, `8 |`, `0 |`, …: h254, h430): most of its
    /// lines hold a single cell, and no line holds a label followed by its numbers.
    /// </summary>
    private static bool OneCellPerLine(List<(TextLine Line, List<string> Cells)> lines)
    {
        var cells = lines.Select(l => l.Cells).ToList();
        return cells.Count >= 8 && cells.Count(c => c.Count == 1) * 4 >= cells.Count * 3
            && !cells.Any(c => c.Count > 1 && !CellValues.IsValueLike(c[0]) && c.Skip(1).Any(CellValues.IsValueLike));
    }

    /// <summary>Rows of a one-cell-per-line pipe table (its lines that hold a cell): a label line, then the value lines that follow it.</summary>
    private static List<TableRow> PipeCellPerLine(List<(TextLine Line, List<string> Cells)> lines)
    {
        var rows = new List<TableRow>();
        List<string>? cells = null;
        var (rowStart, rowEnd) = (-1, -1);
        void Flush()
        {
            if (cells is not null) rows.Add(new TableRow(cells, rowStart, rowEnd));
            cells = null;
        }
        foreach (var (line, lineCells) in lines)
        {
            if (cells is null || !lineCells.All(CellValues.IsValueLike) || !cells.Any(c => !CellValues.IsValueLike(c)))
            {
                Flush();
                cells = [];
                rowStart = line.Start;
            }
            cells.AddRange(lineCells);
            rowEnd = line.End;
        }
        Flush();
        return rows;
    }

    private static IEnumerable<(TextLine Line, List<string> Cells)> PipeLines(string source, int start, int end) =>
        TextLine.Within(source, start, end).Select(line =>
            (line, TextPatterns.Debris().Replace(source[line.Start..line.End], "").Split('|').Select(Clean).Where(c => c.Length > 0).ToList()));

    private static List<string> Lines(string source, int start, int end) =>
        TextLine.Within(source, start, end)
            .Select(l => source[l.Start..l.End])
            .Select(l => TextPatterns.Debris().Replace(l, ""))
            .ToList();

    private static List<TableRow> PerLine(string source, int start, int end, TableShape shape)
    {
        var rows = new List<TableRow>();
        foreach (var line in TextLine.Within(source, start, end))
        {
            var text = TextPatterns.Debris().Replace(source[line.Start..line.End], "");
            if (text.Trim().Length == 0) continue;
            IEnumerable<string> cells = shape switch
            {
                TableShape.TabSeparated => text.Split('\t'),
                TableShape.PipeSeparated => TrimTrailingEmpty(text.Split('|')),
                _ => SpaceRun().Split(text.Trim()).SelectMany(SplitSpacedNumbers),
            };
            rows.Add(new TableRow(cells.Select(Clean).ToList(), line.Start, line.End));
        }
        return rows;
    }

    /// <summary>DOCX text: a cell per line starting with a tab; a line without the tab continues the cell above; a blank line ends the row.</summary>
    private static List<TableRow> CellPerLine(string source, int start, int end)
    {
        var rows = new List<TableRow>();
        var cells = new List<string>();
        var rowStart = -1;
        var rowEnd = -1;
        void Flush()
        {
            if (cells.Count > 0) rows.Add(new TableRow(cells.Select(Clean).ToList(), rowStart, rowEnd));
            cells = [];
            rowStart = -1;
        }
        foreach (var line in TextLine.Within(source, start, end))
        {
            var text = TextPatterns.Debris().Replace(source[line.Start..line.End], "");
            if (text.Trim().Length == 0) { Flush(); continue; }
            if (rowStart < 0) rowStart = line.Start;
            rowEnd = line.End;
            if (text.StartsWith('\t'))
                cells.AddRange(text[1..].Split('\t'));
            else if (cells.Count > 0)
                cells[^1] += text.Trim();
            else
                cells.Add(text);
        }
        Flush();
        return rows;
    }

    private static IEnumerable<string> SplitSpacedNumbers(string cell) =>
        SpacedNumbers().IsMatch(cell.Trim()) ? cell.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) : [cell];

    private static IEnumerable<string> TrimTrailingEmpty(string[] cells)
    {
        var n = cells.Length;
        while (n > 0 && cells[n - 1].Trim().Length == 0) n--;
        return cells.Take(n);
    }

    private static string Clean(string cell) => cell.Trim().Trim('\u3000');
}
