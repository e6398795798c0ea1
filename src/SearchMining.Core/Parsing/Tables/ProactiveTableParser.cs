using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>Reads the section-二 table: per 第二十条 item, its header columns and category rows (规章, 行政许可 …).</summary>
public static partial class ProactiveTableParser
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A number as tables write it: at most two decimals (more means digits of two cells ran together).</summary>
    [GeneratedRegex(@"^-?\d+(?:\.\d{1,2})?(?:元|万元|笔|件|个|项|条)?$")]
    private static partial Regex PlainAmount();

    [GeneratedRegex(@"第二十条第?[（(][一二三四五六七八九十]+[)）]项")]
    private static partial Regex Item();

    [GeneratedRegex(@"本年制发件数|本年废止件数|本年度止件数|现行有效件数|本年处理决定数量|本年收费金额(?:[（(]单位[:：]?万元[)）])?|本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增/减|处理决定数量|采购项目数量|采购总金额")]
    private static partial Regex ColumnName();

    [GeneratedRegex(@"行政规范性文件|规范性文件|规章|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购")]
    private static partial Regex Category();

    public static TableRead<ProactiveDisclosureTable> Parse(string source, ReportSection section)
    {
        var body = source[section.SourceStart..section.SourceEnd];
        if (!body.Contains("第二十条"))
            return new(new ProactiveDisclosureTable { Status = TableStatus.Absent }, []);
        var shape = TableRowReader.DetectShape(source, section.SourceStart, TableSpan.End(source, section));
        var warnings = new List<ParseWarning>();
        var rows = shape == TableShape.Flattened
            ? Flattened(Whitespace().Replace(body, " "), warnings)
            : Lines(source, TableRowReader.Read(source, section.SourceStart, TableSpan.End(source, section), shape), shape, warnings);
        var status = rows.Count == 0 ? TableStatus.Unreadable : warnings.Count > 0 ? TableStatus.Partial : TableStatus.Parsed;
        if (status == TableStatus.Unreadable)
            warnings.Add(new("table-unreadable", $"Section {section.Number}: the 第二十条 table is present but none of its rows could be read."));
        return new(new ProactiveDisclosureTable { Status = status, Rows = rows },
            WarningMerger.Merge(warnings, "table-row-ambiguous", $"Section {section.Number}: 第二十条 rows left out because their cells cannot be told apart"));
    }

    private static List<ProactiveDisclosureRow> Lines(string source, List<TableRow> tableRows, TableShape shape, List<ParseWarning> warnings)
    {
        var rows = new List<ProactiveDisclosureRow>();
        var item = "";
        var columns = new List<string>();
        foreach (var row in tableRows)
        {
            var label = Whitespace().Replace(row.Label, "");
            var itemMatch = Item().Match(label);
            if (itemMatch.Success) { item = itemMatch.Value; columns = []; continue; }
            if (label.StartsWith("信息内容", StringComparison.Ordinal))
            {
                columns = row.LabelCells.Skip(1).Select(c => Whitespace().Replace(c, "")).Where(c => c.Length > 0).ToList();
                if (columns.Count == 0) columns = ColumnName().Matches(label).Select(m => m.Value).ToList();
                continue;
            }
            if (!row.HasValues || columns.Count == 0 || !Category().IsMatch(label)) continue;
            var values = CellValues.Values(row, columns.Count, shape is not TableShape.SpaceAligned, false);
            var cells = values is null ? null : ToCells(columns, CellLocator.FromEnd(source, row.SourceOffset, row.SourceEnd, values));
            if (cells is null)
            {
                warnings.Add(new("table-row-ambiguous", $"第二十条 table row {label}: cells [{string.Join("|", row.ValueSlots)}] do not match the columns [{string.Join("|", columns)}]; the row is left out."));
                continue;
            }
            rows.Add(new ProactiveDisclosureRow(item, label, cells) { SourceStart = row.SourceOffset, SourceEnd = row.SourceEnd });
        }
        return rows;
    }

    /// <summary>Flattened text: item, 信息内容 + column names, then category labels each followed by its numbers.</summary>
    private static List<ProactiveDisclosureRow> Flattened(string body, List<ParseWarning> warnings)
    {
        var rows = new List<ProactiveDisclosureRow>();
        var items = Item().Matches(body).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var start = items[i].Index + items[i].Length;
            var end = i + 1 < items.Count ? items[i + 1].Index : body.Length;
            var part = body[start..end];
            var columns = ColumnName().Matches(part).Select(m => m.Value).ToList();
            var categories = Category().Matches(part).ToList();
            if (columns.Count == 0) continue;
            for (var c = 0; c < categories.Count; c++)
            {
                var cStart = categories[c].Index + categories[c].Length;
                var cEnd = c + 1 < categories.Count ? categories[c].Index + (categories[c + 1].Index - categories[c].Index) : part.Length;
                var run = Regex.Match(part[cStart..cEnd], @"[-\d][\d. \-]*(?:(?:笔|件|个|项|条)\s*[\d.]*\s*)?(?:元|万元)?").Value.Trim();
                var split = SplitFlattened(run, columns.Count);
                var cells = split is null ? null : ToCells(columns, split.Select(CellValues.Cell).ToList());
                if (cells is null)
                {
                    warnings.Add(new("table-row-ambiguous", $"第二十条 table row {categories[c].Value}: the numbers run together as \"{run}\" and cannot be split into the columns [{string.Join("|", columns)}] unambiguously; the row is left out."));
                    continue;
                }
                rows.Add(new ProactiveDisclosureRow(items[i].Value, categories[c].Value, cells));
            }
        }
        return rows;
    }

    /// <summary>Column → cell, or null when a column name repeats (the header was not read cleanly).</summary>
    private static Dictionary<string, TableCell>? ToCells(IReadOnlyList<string> columns, IReadOnlyList<TableCell> values)
    {
        if (columns.Distinct().Count() != columns.Count || values.Count != columns.Count) return null;
        return columns.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>Split only when it cannot be wrong: space-separated tokens, one digit per cell, or a single column with a plain number.</summary>
    private static IReadOnlyList<string>? SplitFlattened(string run, int columns)
    {
        if (run.Length == 0) return null;
        var tokens = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == columns && tokens.All(t => PlainAmount().IsMatch(t))) return tokens;
        var joined = string.Concat(tokens);
        if (columns == 1)
            return PlainAmount().IsMatch(joined) ? [joined] : null;
        // one digit per column, maybe with the unit of the last one (政府集中采购00元)
        var digits = joined.TrimEnd('元', '万');
        return digits.All(char.IsAsciiDigit) && digits.Length == columns ? digits.Select(ch => ch.ToString()).ToList() : null;
    }
}
