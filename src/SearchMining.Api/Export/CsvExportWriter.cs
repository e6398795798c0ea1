using System.Globalization;

namespace SearchMining.Api.Export;

/// <summary>RFC 4180 CSV (UTF-8 with BOM so spreadsheet programs read the Chinese text); themes joined with ';'.</summary>
internal sealed class CsvExportWriter : IExportWriter
{
    public string ContentType => "text/csv; charset=utf-8";

    public string FileExtension => "csv";

    public Task WriteHeaderAsync(TextWriter writer) => writer.WriteAsync("\uFEFF" + string.Join(',', ExportRow.Columns) + "\r\n");

    public Task WriteRowAsync(TextWriter writer, ExportRow row)
    {
        string?[] fields =
        [
            row.ReportId, row.SectionId, row.SourceFile, row.Agency, row.Region, row.Year?.ToString(CultureInfo.InvariantCulture),
            row.SectionNumber, row.SectionTopic, row.Title, row.Score.ToString("0.####", CultureInfo.InvariantCulture), row.Kind,
            string.Join(';', row.Themes), row.Text,
        ];
        return writer.WriteAsync(string.Join(',', fields.Select(Quote)) + "\r\n");
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
