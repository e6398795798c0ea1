using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>
/// Reads the section-三 table (rows × 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计). Rows are recognised
/// by their labels; a numeric row whose label was wrapped away takes the next expected row. A row whose seven cells
/// cannot be told apart is left out with a warning.
/// </summary>
public static partial class ApplicationTableParser
{
    public const int Columns = 7;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static TableRead<ApplicationTable> Parse(string source, ReportSection section, ReportTemplate template)
    {
        var start = section.SourceStart;
        var end = TableSpan.End(source, section);
        var body = source[start..end];
        if (!body.Contains("申请") || !(body.Contains("新收") || body.Contains("办理结果")))
            return new(new ApplicationTable { Status = TableStatus.Absent }, []);
        var flatCatalog = body.Contains("逾期不补正") || body.Contains("收费通知") || (template == ReportTemplate.Template2021 && !body.Contains("其他处理"))
            ? ApplicationRowCatalog.Template2021
            : ApplicationRowCatalog.Template2019;
        var shape = TableRowReader.DetectShape(source, start, end);
        var warnings = new List<ParseWarning>();
        var rows = shape == TableShape.Flattened
            ? FlattenedApplicationRows.Read(body, flatCatalog, warnings, start)
            : LineRows(source, TableRowReader.Read(source, start, end, shape), shape, ApplicationRowCatalog.Any, ApplicantColumnLayout.Of(body), warnings);
        var catalog = Expected(rows, template);
        var status = rows.Count == 0 ? TableStatus.Unreadable : catalog.Any(d => rows.All(r => r.Code != d.Code)) ? TableStatus.Partial : TableStatus.Parsed;
        if (status == TableStatus.Unreadable)
            warnings.Add(new("table-unreadable", $"Section {section.Number}: the applications table is present but none of its rows could be read unambiguously."));
        else if (status == TableStatus.Partial)
        {
            var missing = catalog.Where(d => rows.All(r => r.Code != d.Code)).Select(d => d.Code).ToList();
            warnings.Add(new("table-partial", $"Section {section.Number}: {rows.Count} of {catalog.Count} applications-table rows read; not read: {string.Join(", ", missing)}."));
        }
        return new(new ApplicationTable { Status = status, Rows = rows },
            WarningMerger.Merge(warnings, "table-row-ambiguous", $"Section {section.Number}: applications-table rows left out because their cells cannot be told apart"));
    }

    private static List<ApplicationRow> LineRows(string source, List<TableRow> tableRows, TableShape shape, IReadOnlyList<ApplicationRowDefinition> catalog, IReadOnlyList<ApplicantType> layout, List<ParseWarning> warnings)
    {
        var positional = shape is TableShape.TabSeparated or TableShape.CellPerLine or TableShape.PipeSeparated;
        var blankMeansZero = BlankMeansZero(tableRows);
        var result = new List<ApplicationRow>();
        var assigned = new HashSet<string>();
        var lastIndex = -1;
        var pending = "";
        foreach (var row in tableRows)
        {
            var label = Whitespace().Replace(row.Label, "");
            var index = Match(catalog, label, assigned);
            var blankRow = !row.HasValues && index >= 0 && positional && blankMeansZero && row.ValueSlots.Count >= layout.Count;
            if (!row.HasValues && !blankRow)
            {
                pending = label;
                continue;
            }
            if (index < 0 && pending.Length > 0) index = Match(catalog, pending, assigned);
            if (index < 0) index = NextUnassigned(catalog, assigned, lastIndex);
            pending = "";
            if (index < 0) continue;
            var definition = catalog[index];
            assigned.Add(definition.Code);
            lastIndex = index;
            var values = CellValues.Values(row, layout.Count, positional, blankMeansZero);
            if (values is null)
            {
                warnings.Add(new("table-row-ambiguous",
                    $"Applications table row {definition.Code} ({definition.Label}): cells [{string.Join("|", row.ValueSlots)}] cannot be assigned to the {layout.Count} columns unambiguously; the row is left out."));
                continue;
            }
            result.Add(new ApplicationRow(definition.Code, label.Length > 0 ? label : definition.Label, ToColumns(CellLocator.FromEnd(source, row.SourceOffset, row.SourceEnd, values), layout))
            {
                SourceStart = row.SourceOffset, SourceEnd = row.SourceEnd,
            });
        }
        return result;
    }

    private static int Match(IReadOnlyList<ApplicationRowDefinition> catalog, string label, HashSet<string> assigned)
    {
        if (label.Length == 0) return -1;
        for (var i = 0; i < catalog.Count; i++)
        {
            if (assigned.Contains(catalog[i].Code)) continue;
            if (catalog[i].Keyword.IsMatch(label)) return i;
        }
        return -1;
    }

    private static int NextUnassigned(IReadOnlyList<ApplicationRowDefinition> catalog, HashSet<string> assigned, int lastIndex)
    {
        var subRows = assigned.Any(ApplicationRowCatalog.IsOtherSubRow);
        for (var i = lastIndex + 1; i < catalog.Count; i++)
        {
            var code = catalog[i].Code;
            if (assigned.Contains(code)) continue;
            if (code == "result.6" && (subRows || lastIndex < 0 || catalog[lastIndex].Code != "result.5.5")) continue;
            if (ApplicationRowCatalog.IsOtherSubRow(code) && assigned.Contains("result.6")) continue;
            return i;
        }
        return -1;
    }

    /// <summary>The rows this table should have: the 2021 sub-rows of 其他处理 unless it was written as one row (or the template is 2019).</summary>
    private static IReadOnlyList<ApplicationRowDefinition> Expected(List<ApplicationRow> rows, ReportTemplate template)
    {
        var single = rows.Any(r => r.Code == "result.6");
        var sub = rows.Any(r => ApplicationRowCatalog.IsOtherSubRow(r.Code));
        return single || (!sub && template == ReportTemplate.Template2019) ? ApplicationRowCatalog.Template2019 : ApplicationRowCatalog.Template2021;
    }

    /// <summary>A table that never writes 0 but leaves cells blank means zero by a blank (上海 2019); one that writes 0 does not.</summary>
    private static bool BlankMeansZero(List<TableRow> rows)
    {
        var values = rows.Where(r => r.HasValues).SelectMany(r => r.ValueSlots).ToList();
        return values.Any(v => v.Length == 0) && !values.Any(v => v.Trim() == "0");
    }

    internal static IReadOnlyDictionary<ApplicantType, TableCell> ToColumns(IReadOnlyList<TableCell> values, IReadOnlyList<ApplicantType>? layout = null)
    {
        layout ??= ApplicantColumnLayout.Standard;
        var cells = new Dictionary<ApplicantType, TableCell>();
        for (var i = 0; i < layout.Count; i++) cells[layout[i]] = values[i];
        return cells;
    }
}
