using System.Globalization;
using SearchMining.Mining.YearOverYear;

namespace SearchMining.Cli.Commands;

/// <summary>Prints a year-over-year comparison: reuse overall and per section, optionally the sentence alignment and the changed cells.</summary>
internal static class ComparisonPrinter
{
    public static void Print(ReportComparison c, TextWriter o, bool sentences, bool cells)
    {
        o.WriteLine($"this year: {Describe(c.Current)}");
        o.WriteLine($"last year: {Describe(c.Previous)}");
        o.WriteLine($"reuse:     {Percent(c.ReuseRate)} of this year's text is found again in last year's ({c.ReusedChars} of {c.CountedChars} counted characters; template phrases left out)");
        o.WriteLine();
        o.WriteLine($"{"section",-18} {"this year",-9} {"last year",-9} {"reuse",6}  same changed added removed");
        foreach (var s in c.Sections)
        {
            int Count(SentenceChangeKind kind) => s.Sentences.Count(r => r.Kind == kind);
            o.WriteLine($"{s.Topic,-18} {Numbers(s.Current),-9} {Numbers(s.Previous),-9} {Percent(s.ReuseRate),6}  {Count(SentenceChangeKind.Unchanged),4} {Count(SentenceChangeKind.Changed),7} {Count(SentenceChangeKind.Added),5} {Count(SentenceChangeKind.Removed),7}");
        }
        o.WriteLine();
        foreach (var t in c.Tables)
            o.WriteLine($"table {t.Table,-18} {t.Changed} of {t.Cells.Count} cells differ (this year {t.CurrentStatus}, last year {t.PreviousStatus})");

        if (sentences)
        {
            foreach (var s in c.Sections)
            {
                o.WriteLine();
                o.WriteLine($"== {s.Topic} ({Headings(s.Current)} / {Headings(s.Previous)})");
                foreach (var row in s.Sentences)
                {
                    switch (row.Kind)
                    {
                        case SentenceChangeKind.Unchanged: o.WriteLine($"  = {row.Current}"); break;
                        case SentenceChangeKind.Added: o.WriteLine($"  + {row.Current}"); break;
                        case SentenceChangeKind.Removed: o.WriteLine($"  - {row.Previous}"); break;
                        default:
                            o.WriteLine($"  ~ {row.Current}");
                            o.WriteLine($"    was: {row.Previous}");
                            if (row.Diff.Count > 0) o.WriteLine($"    diff: {string.Concat(row.Diff.Select(Mark))}");
                            break;
                    }
                }
            }
        }
        if (cells)
        {
            o.WriteLine();
            foreach (var cell in c.Tables.SelectMany(t => t.Cells).Where(x => x.Kind != CellChangeKind.Same))
            {
                var delta = cell.Delta is { } d ? (d > 0 ? "+" : "") + d.ToString(CultureInfo.InvariantCulture) : "";
                o.WriteLine($"  {cell.Table} | {cell.Row} | {cell.Column}: {cell.Previous ?? "—"} → {cell.Current ?? "—"} {delta} ({cell.Kind})");
            }
        }
    }

    public static string Percent(double? rate) => rate is { } r ? r.ToString("0.0%", CultureInfo.InvariantCulture) : "—";

    private static string Describe(ReportRef r) => $"{r.SourceFile}  {r.Agency ?? "?"}  {r.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}  {r.Template}  ({r.Id})";

    private static string Numbers(IReadOnlyList<SectionHeading> headings) => headings.Count == 0 ? "—" : string.Join("+", headings.Select(h => h.Number));

    private static string Headings(IReadOnlyList<SectionHeading> headings) =>
        headings.Count == 0 ? "—" : string.Join("+", headings.Select(h => h.Number + (h.Title.Length > 8 ? h.Title[..8] + "…" : h.Title)));

    private static string Mark(DiffSegment d) => d.Kind switch
    {
        DiffKind.Inserted => "[+" + d.Text + "]",
        DiffKind.Deleted => "[-" + d.Text + "]",
        _ => d.Text,
    };
}
