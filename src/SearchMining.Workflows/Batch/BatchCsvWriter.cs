using System.Globalization;

namespace SearchMining.Workflows.Batch;

/// <summary>
/// The batch answer as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read the Chinese): one row per top hit,
/// one row with empty hit columns for a query without hits or with an error. The counts repeat on each row of a query
/// so the file sorts and filters well.
/// </summary>
public static class BatchCsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static IReadOnlyList<string> Columns { get; } =
        ["line", "label", "query", "filters", "sections", "reports", "rank", "report_id", "section_id", "source_file", "agency", "year", "section", "score", "snippet", "link", "error_kind", "error"];

    public static async Task WriteAsync(TextWriter writer, IEnumerable<BatchResult> results, bool byteOrderMark = true)
    {
        await writer.WriteAsync((byteOrderMark ? "\uFEFF" : "") + string.Join(',', Columns) + "\r\n");
        foreach (var result in results)
        {
            var q = result.Query;
            string?[] head =
            [
                q.Line.ToString(CultureInfo.InvariantCulture), q.Label, q.Spec.Query, q.Spec.DescribeFilters(),
                result.Error is null ? result.Sections.ToString(CultureInfo.InvariantCulture) : "",
                result.Error is null ? result.Reports.ToString(CultureInfo.InvariantCulture) : "",
            ];
            if (result.Hits.Count == 0)
            {
                await WriteRowAsync(writer, [.. head, "", "", "", "", "", "", "", "", "", "", result.Error?.Kind, result.Error?.Message]);
                continue;
            }
            foreach (var hit in result.Hits)
            {
                await WriteRowAsync(writer,
                [
                    .. head, hit.Rank.ToString(CultureInfo.InvariantCulture), hit.ReportId, hit.SectionId, hit.SourceFile, hit.Agency,
                    hit.Year?.ToString(CultureInfo.InvariantCulture), hit.Section, hit.Score.ToString("0.####", CultureInfo.InvariantCulture),
                    hit.Snippet, hit.Link, "", "",
                ]);
            }
        }
    }

    private static Task WriteRowAsync(TextWriter writer, IEnumerable<string?> fields) =>
        writer.WriteAsync(string.Join(',', fields.Select(CsvRows.Quote)) + "\r\n");
}
