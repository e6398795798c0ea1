using System.Text;
using SearchMining.Workflows.Queries;

namespace SearchMining.Workflows.Batch;

/// <summary>
/// Reads a batch of queries. TXT: one query per line in the query language (field clauses such as <c>agency:淮安</c>
/// or <c>year:2019..2023</c> are its filters), blank lines and lines starting with # skipped. CSV: a header row naming
/// the columns — <c>q</c> (or <c>query</c>), optional filter columns with the search parameters' names (agency, region,
/// level, year, section, theme, kind) and an optional <c>label</c> (or <c>id</c>) carried to the output; a CSV whose
/// first row names no query column is read as one query per line from its first column.
/// </summary>
public static class BatchFileReader
{
    private static readonly string[] QueryColumns = [QuerySpec.QueryKey, "query", "检索词", "查询"];
    private static readonly string[] LabelColumns = ["label", "id", "name", "标签"];

    public static (IReadOnlyList<BatchQuery> Queries, BatchFileError? Error) Read(byte[] content, string? fileName, int maxQueries)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return ([], new BatchFileError(BatchFileError.NotText, "The batch file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet program)."));
        }
        if (text.Contains('\0')) return ([], new BatchFileError(BatchFileError.NotText, "The batch file is not text."));
        return Read(text, fileName, maxQueries);
    }

    public static (IReadOnlyList<BatchQuery> Queries, BatchFileError? Error) Read(string text, string? fileName, int maxQueries)
    {
        text = text.TrimStart('\uFEFF');
        var isCsv = fileName?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ?? false;
        var queries = isCsv ? ReadCsv(text, out var error) : ReadText(text, out error);
        if (error is not null) return ([], error);
        if (queries.Count == 0) return ([], new BatchFileError(BatchFileError.EmptyBatch, "The batch holds no query: write one query per line."));
        if (queries.Count > maxQueries)
            return ([], new BatchFileError(BatchFileError.TooManyQueries, $"The batch holds {queries.Count} queries; at most {maxQueries} run at once. Split the file."));
        return (queries, null);
    }

    private static List<BatchQuery> ReadText(string text, out BatchFileError? error)
    {
        error = null;
        var queries = new List<BatchQuery>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            queries.Add(new BatchQuery(i + 1, null, new QuerySpec { Query = line }));
        }
        return queries;
    }

    private static List<BatchQuery> ReadCsv(string text, out BatchFileError? error)
    {
        error = null;
        var rows = CsvRows.Parse(text).Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        if (rows.Count == 0) return [];
        var header = rows[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        var queryColumn = header.FindIndex(h => QueryColumns.Contains(h));
        if (queryColumn < 0)
        {
            if (header.Count > 1 && header.Any(QuerySpec.IsKey))
            {
                error = new BatchFileError(BatchFileError.NoQueryColumn, "The CSV header names filter columns but no query column: add a column 'q'.");
                return [];
            }
            // No header: the first column of every row is a query.
            return rows.Where(r => r.Cells[0].Trim().Length > 0 && !r.Cells[0].TrimStart().StartsWith('#'))
                .Select(r => new BatchQuery(r.Line, null, new QuerySpec { Query = r.Cells[0].Trim() })).ToList();
        }
        var labelColumn = header.FindIndex(h => LabelColumns.Contains(h));
        var queries = new List<BatchQuery>();
        foreach (var row in rows.Skip(1))
        {
            string Cell(int index) => index >= 0 && index < row.Cells.Count ? row.Cells[index].Trim() : "";
            if (Cell(queryColumn).StartsWith('#')) continue;
            var pairs = new List<KeyValuePair<string, string?>> { new(QuerySpec.QueryKey, Cell(queryColumn)) };
            for (var c = 0; c < header.Count; c++)
                if (c != queryColumn && QuerySpec.FilterKeys.Contains(header[c])) pairs.Add(new(header[c], Cell(c)));
            var spec = QuerySpec.From(pairs);
            if (spec.Query.Length == 0 && spec.Filters.Count == 0) continue;
            var label = Cell(labelColumn);
            queries.Add(new BatchQuery(row.Line, label.Length > 0 ? label : null, spec));
        }
        return queries;
    }
}
