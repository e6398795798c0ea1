using System.Text;

namespace SearchMining.Workflows.Batch;

/// <summary>RFC 4180 CSV: fields separated by commas, quoted fields may hold commas, quotes ("") and line breaks.</summary>
internal static class CsvRows
{
    public sealed record Row(int Line, IReadOnlyList<string> Cells);

    public static IEnumerable<Row> Parse(string text)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var line = 1;
        var rowLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return new Row(rowLine, cells);
                    cells = [];
                    line++;
                    rowLine = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return new Row(rowLine, cells);
        }
    }

    /// <summary>One field, quoted when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
