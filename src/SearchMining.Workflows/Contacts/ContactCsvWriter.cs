using System.Globalization;
using SearchMining.Workflows.Batch;

namespace SearchMining.Workflows.Contacts;

/// <summary>The directory as CSV (UTF-8 with BOM): one row per agency and detail, with its years and the years its kind changed.</summary>
public static class ContactCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } =
        ["agency", "province", "city", "county", "kind", "value", "first_year", "last_year", "years", "current", "kind_changed_in", "report_ids"];

    public static async Task WriteAsync(TextWriter writer, IEnumerable<AgencyContacts> agencies)
    {
        await writer.WriteAsync("\uFEFF" + string.Join(',', Columns) + "\r\n");
        foreach (var agency in agencies)
        {
            foreach (var value in agency.Values)
            {
                var changedIn = agency.Changes.Where(c => c.Kind == value.Kind).Select(c => c.Year.ToString(CultureInfo.InvariantCulture));
                string?[] fields =
                [
                    agency.Agency, agency.Region.Province, agency.Region.City, agency.Region.County, value.Kind, value.Value,
                    value.FirstYear?.ToString(CultureInfo.InvariantCulture), value.LastYear?.ToString(CultureInfo.InvariantCulture),
                    string.Join(' ', value.Years), value.Current ? "yes" : "no", string.Join(';', changedIn), string.Join(';', value.ReportIds),
                ];
                await writer.WriteAsync(string.Join(',', fields.Select(CsvRows.Quote)) + "\r\n");
            }
        }
    }
}
