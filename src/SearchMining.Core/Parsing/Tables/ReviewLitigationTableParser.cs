using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>Reads the 15 numbers of section 四: 行政复议, 未经复议直接起诉, 复议后起诉 × (维持, 纠正, 其他, 尚未审结, 总计).</summary>
public static partial class ReviewLitigationTableParser
{
    public const int Count = 15;

    [GeneratedRegex(@"\d[\d \u3000]*\d|\d")]
    private static partial Regex NumberRun();

    public static TableRead<ReviewLitigationTable> Parse(string source, ReportSection section)
    {
        var start = section.SourceStart;
        var end = TableSpan.End(source, section);
        var body = source[start..end];
        var compact = Regex.Replace(body, @"\s+", "");
        if (!compact.Contains("维持") || !compact.Contains("复议"))
            return new(new ReviewLitigationTable { Status = TableStatus.Absent }, []);
        var shape = TableRowReader.DetectShape(source, start, end);
        var warnings = new List<ParseWarning>();
        IReadOnlyList<TableCell>? values;
        var inferred = false;
        string evidence;
        if (shape == TableShape.Flattened)
        {
            var at = body.LastIndexOf("总计", StringComparison.Ordinal);
            var match = at < 0 ? null : NumberRun().Match(body, at);
            var run = match?.Value;
            var cells = run is null ? null : DigitRunSplitter.Split(run, Count, GroupsAddUp);
            values = cells is null ? null : CellLocator.FromStart(source, start + match!.Index, start + match.Index + match.Length, cells.Select(CellValues.Cell).ToList());
            inferred = cells is not null && run!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != Count && run.Replace(" ", "").Length != Count;
            evidence = run ?? "(no numbers)";
        }
        else
        {
            var rows = TableRowReader.Read(source, start, end, shape).Where(r => r.ValueSlots.Count(c => c.Length > 0) >= 5).ToList();
            var row = rows.LastOrDefault();
            values = row is null ? null : CellValues.Values(row, Count, shape is not TableShape.SpaceAligned, !row.ValueSlots.Any(c => c.Trim() == "0"));
            if (values is not null) values = CellLocator.FromEnd(source, row!.SourceOffset, row.SourceEnd, values);
            evidence = row is null ? "(no numeric row)" : string.Join("|", row.ValueSlots);
        }
        if (values is null)
        {
            warnings.Add(new("table-unreadable", $"Section {section.Number}: the review/litigation numbers [{evidence}] cannot be assigned to the {Count} cells unambiguously."));
            return new(new ReviewLitigationTable { Status = TableStatus.Unreadable }, warnings);
        }
        if (inferred)
            warnings.Add(new("table-cells-inferred", "Review/litigation table: numbers ran together; cells were split only where exactly one split makes each 总计 the sum of its four results."));
        return new(new ReviewLitigationTable
        {
            Status = TableStatus.Parsed,
            Review = Counts(values, 0),
            LitigationDirect = Counts(values, 5),
            LitigationAfterReview = Counts(values, 10),
            Cells = values,
        }, warnings);
    }

    private static bool GroupsAddUp(IReadOnlyList<long> v) =>
        Enumerable.Range(0, 3).All(g => v[g * 5 + 4] == v[g * 5] + v[g * 5 + 1] + v[g * 5 + 2] + v[g * 5 + 3]);

    private static OutcomeCounts Counts(IReadOnlyList<TableCell> v, int at) =>
        new(v[at].Value, v[at + 1].Value, v[at + 2].Value, v[at + 3].Value, v[at + 4].Value);
}
