using SearchMining.Core.Domain;

namespace SearchMining.Cli.Commands;

/// <summary>Human-readable rendering of a parsed report for the parse command.</summary>
internal static class ReportPrinter
{
    public static string SummaryLine(ParseOutcome outcome, TimeSpan elapsed)
    {
        if (outcome.Report is not { } r)
            return $"ERR  {outcome.SourceFile}  {outcome.Error!.Kind}: {OneLine(outcome.Error.Message)}  ({elapsed.TotalMilliseconds:F0} ms)";
        var t = r.Tables;
        return $"OK   {r.SourceFile}  {r.Agency ?? "?"}  {r.Year?.ToString() ?? "?"}  {r.Template}  sections={r.Sections.Count} " +
               $"tables={Short(t.Proactive.Status)}/{Short(t.Applications.Status)}/{Short(t.ReviewLitigation.Status)} " +
               $"statements={r.Statements.Count} commitments={r.Commitments.Count} warnings={r.Warnings.Count}" +
               (r.Warnings.Count > 0 ? " [" + string.Join(",", r.Warnings.Select(w => w.Code).Distinct()) + "]" : "") +
               $"  ({elapsed.TotalMilliseconds:F0} ms)";
    }

    /// <summary>Keeps a multi-line message (e.g. pdftotext's stderr) on the summary line, so there is one line per file.</summary>
    public static string OneLine(string message) => string.Join(" | ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Short(TableStatus status) => status switch
    {
        TableStatus.Parsed => "ok",
        TableStatus.Partial => "partial",
        TableStatus.Unreadable => "unreadable",
        _ => "-",
    };

    public static void Print(Report r, TextWriter o)
    {
        o.WriteLine($"File:      {r.SourceFile}  (id {r.Id})");
        o.WriteLine($"Agency:    {r.Agency ?? "?"}{(r.AgencyAsWritten is not null && r.AgencyAsWritten != r.Agency ? $"  (written {r.AgencyAsWritten})" : "")}");
        o.WriteLine($"Region:    {string.Join(" / ", new[] { r.Region.Province, r.Region.City, r.Region.County }.Where(x => x is not null))}  Level: {r.Level}");
        o.WriteLine($"Year:      {r.Year?.ToString() ?? "?"}  Published: {r.PublishDate?.ToString("yyyy-MM-dd") ?? "?"}  Template: {r.Template}");
        o.WriteLine("Sections:");
        foreach (var s in r.Sections)
        {
            o.WriteLine($"  {s.Number}、{s.Title}  [{s.Topic}] {s.Text.Length} chars, {s.Subsections.Count} subsections");
            foreach (var sub in s.Subsections)
                o.WriteLine($"      {sub.Marker} {sub.Title}");
        }
        PrintTables(r.Tables, o);
        if (r.Contact is { } c)
            o.WriteLine($"Contact:   {c.Office} | {c.Address} | {c.Postcode} | tel {string.Join(",", c.Phones)} | fax {c.Fax} | {string.Join(",", c.Emails)} | {c.Website}");
        if (r.OtherMatters is { } m)
            o.WriteLine($"Fees:      {m.FeesYuan?.ToString() ?? "?"} 元 ({m.FeesText})  建议 {m.DeputySuggestions?.ToString() ?? "-"}  提案 {m.CommitteeProposals?.ToString() ?? "-"}");
        o.WriteLine($"Statements ({r.Statements.Count}):");
        foreach (var st in r.Statements)
            o.WriteLine($"  [{st.Kind}] {st.Text}");
        o.WriteLine($"Warnings ({r.Warnings.Count}):");
        foreach (var w in r.Warnings)
            o.WriteLine($"  {w.Code}: {w.Message}");
    }

    private static void PrintTables(ReportTables t, TextWriter o)
    {
        o.WriteLine($"Table 二:  {t.Proactive.Status}");
        foreach (var row in t.Proactive.Rows)
            o.WriteLine($"  {row.Item} {row.Category}: " + string.Join("  ", row.Cells.Select(kv => $"{kv.Key}={kv.Value.Raw}")));
        o.WriteLine($"Table 三:  {t.Applications.Status}");
        foreach (var row in t.Applications.Rows)
            o.WriteLine($"  {row.Code,-16} " + string.Join(" ", Enum.GetValues<ApplicantType>().Where(a => a != ApplicantType.LegalPersonSubtotal || row.Cells.ContainsKey(a)).Select(a => row.Cells.TryGetValue(a, out var cell) ? (cell.Raw.Length == 0 ? "_" : cell.Raw) : "?")) + $"   {row.Label}");
        o.WriteLine($"Table 四:  {t.ReviewLitigation.Status}");
        if (t.ReviewLitigation.Status is TableStatus.Parsed or TableStatus.Partial)
        {
            o.WriteLine($"  复议 {Counts(t.ReviewLitigation.Review)}");
            o.WriteLine($"  直接起诉 {Counts(t.ReviewLitigation.LitigationDirect)}");
            o.WriteLine($"  复议后起诉 {Counts(t.ReviewLitigation.LitigationAfterReview)}");
        }
    }

    private static string Counts(OutcomeCounts? c) =>
        c is null ? "?" : $"维持 {c.Upheld} 纠正 {c.Corrected} 其他 {c.OtherResult} 未审结 {c.Pending} 总计 {c.Total}";
}
