using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>
/// The section-三 table of a page flattened into one paragraph (平潭): each row's label is found in order and the
/// digits after it are split only where the row total makes the split unique.
/// </summary>
public static partial class FlattenedApplicationRows
{
    /// <summary>"3.其他" of the 其他处理 group, inside flowing text.</summary>
    [GeneratedRegex(@"3\s*[.．、]\s*其他")]
    private static partial Regex InlineOther();

    /// <summary>A row's cells one per line: the label's line ends, then numbers each alone on a line (blank lines between).</summary>
    [GeneratedRegex(@"(?<=(?:^|\n)[ \u3000]*)\d+(?:[ \u3000]*\r?\n(?:[ \u3000]*\r?\n)*[ \u3000]*\d+)+(?=[ \u3000]*(?:\r?\n|$))")]
    private static partial Regex CellsPerLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Labels and numbers run together: find each row's label in order and split the digits after it.</summary>
    public static List<ApplicationRow> Read(string body, IReadOnlyList<ApplicationRowDefinition> catalog, List<ParseWarning> warnings, int bodyOffset = 0)
    {
        var anchors = new List<(ApplicationRowDefinition Definition, int LabelEnd, int Start)>();
        var position = 0;
        foreach (var definition in catalog)
        {
            var m = (definition.Code == "result.6.3" ? InlineOther() : definition.Keyword).Match(body, position);
            if (!m.Success) continue;
            anchors.Add((definition, m.Index + m.Length, m.Index));
            position = m.Index + m.Length;
        }
        var candidates = new List<(ApplicationRowDefinition Definition, string? Run, IReadOnlyList<IReadOnlyList<string>> Splits, int LabelEnd, int SegmentEnd)>();
        for (var i = 0; i < anchors.Count; i++)
        {
            var (definition, labelEnd, _) = anchors[i];
            var segmentEnd = i + 1 < anchors.Count ? anchors[i + 1].Start : body.Length;
            var run = FirstNumberRun(body[labelEnd..segmentEnd], i + 1 < anchors.Count ? anchors[i + 1].Definition.SubNumber : null);
            var splits = run is null ? [] : DigitRunSplitter.Candidates(run, ApplicationTableParser.Columns, v => v[6] == v.Take(6).Sum(), MaxCandidates);
            candidates.Add((definition, run, splits, labelEnd, segmentEnd));
        }
        var chosen = ColumnTotals.Decide(candidates.Select(c => (c.Definition.Code, c.Splits)).ToList());
        var rows = new List<ApplicationRow>();
        var inferred = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var (definition, run, splits, labelEnd, segmentEnd) = candidates[i];
            var cells = chosen[i];
            if (cells is null)
            {
                warnings.Add(new("table-row-ambiguous",
                    $"Applications table row {definition.Code} ({definition.Label}): the numbers run together as \"{run}\" and cannot be split into {ApplicationTableParser.Columns} cells unambiguously" +
                    (splits.Count > 1 ? $" ({splits.Count} splits add up and the column totals do not decide)" : "") + "; the row is left out."));
                continue;
            }
            if (run!.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != ApplicationTableParser.Columns && run.Replace(" ", "").Length != ApplicationTableParser.Columns) inferred = true;
            var located = CellLocator.FromStart(body, labelEnd, segmentEnd, cells.Select(CellValues.Cell).ToList())
                .Select(c => c.SourceStart < 0 ? c : c with { SourceStart = c.SourceStart + bodyOffset, SourceEnd = c.SourceEnd + bodyOffset }).ToList();
            rows.Add(new ApplicationRow(definition.Code, definition.Label, ApplicationTableParser.ToColumns(located))
            {
                SourceStart = bodyOffset + anchors[i].Start, SourceEnd = bodyOffset + segmentEnd,
            });
        }
        if (inferred)
            warnings.Add(new("table-cells-inferred", "Applications table: numbers ran together without separators; cells were split only where exactly one split makes 总计 equal the sum of the other columns and agrees with the column totals (办理结果 rows add up to （七）总计; 新收 + 上年结转 = 总计 + 结转下年度)."));
        return rows;
    }

    /// <summary>Splits of one row tried against the column totals (more mean the row stays ambiguous).</summary>
    private const int MaxCandidates = 64;

    /// <summary>
    /// The first run of digits in a segment; digits glued to the next row's item number (…00000002.其他) lose that number.
    /// A page that kept one cell per line (a cell, a blank line, the next cell: h601, h633, h719, h1132) continues the run
    /// across the line breaks — the breaks are the cells' separators, read as spaces.
    /// </summary>
    private static string? FirstNumberRun(string segment, int? nextSubNumber)
    {
        var m = Regex.Match(segment, @"\d[\d \u3000]*");
        if (!m.Success) return null;
        if (CellsPerLine().Match(segment) is { Success: true } perLine && perLine.Index == m.Index) m = perLine;
        var run = Whitespace().Replace(m.Value.Trim(), " ");
        var after = m.Index + m.Value.TrimEnd().Length;
        if (nextSubNumber is { } n && after < segment.Length && segment[after] is '.' or '．' or '、')
        {
            var suffix = n.ToString();
            if (run.EndsWith(suffix, StringComparison.Ordinal) && run.Length > suffix.Length) run = run[..^suffix.Length].TrimEnd();
        }
        return run;
    }
}
