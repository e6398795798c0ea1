using System.Text;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>
/// Builds the clean text of a span of the source: debris removed, page numbers dropped, lines trimmed and
/// hard line breaks inside sentences joined (PDF wraps), table rows kept one per line. Pure.
/// </summary>
public static class CleanTextBuilder
{
    private const string Terminal = "。！？!?；;：:";
    private const string Closing = "”’」』）)】";

    public static CleanText Build(string source, int start, int end)
    {
        if (end <= start) return CleanText.Empty;
        var lines = new List<LogicalLine>();
        foreach (var line in TextLine.Within(source, start, end))
        {
            var s = line.Start;
            var e = line.End;
            if (e <= s) continue;
            var segments = KeptSegments(source, s, e);
            if (segments.Count == 0) continue;
            var text = Concat(source, segments);
            if (TextPatterns.PageNumber().IsMatch(text)) continue;
            var raw = source.AsSpan(s, e - s);
            var isTable = raw.Contains('\t') || TextPatterns.LayoutTableLine().IsMatch(text);
            lines.Add(new LogicalLine(segments, text, isTable));
        }
        return Join(source, lines);
    }

    private static CleanText Join(string source, List<LogicalLine> lines)
    {
        var sb = new StringBuilder(lines.Sum(l => l.Text.Length + 1));
        var runs = new List<TextRun>();
        LogicalLine? prev = null;
        foreach (var line in lines)
        {
            if (prev is not null)
            {
                if (KeepBreak(prev, line)) sb.Append('\n');
                else if (IsAsciiWord(prev.Text[^1]) && IsAsciiWord(line.Text[0])) sb.Append(' ');
            }
            foreach (var (s, e) in line.Segments)
            {
                if (runs.Count > 0 && runs[^1].SourceStart + runs[^1].Length == s && runs[^1].TextStart + runs[^1].Length == sb.Length)
                    runs[^1] = runs[^1] with { Length = runs[^1].Length + (e - s) };
                else
                    runs.Add(new TextRun(sb.Length, s, e - s));
                sb.Append(source, s, e - s);
            }
            prev = line;
        }
        return new CleanText(sb.ToString(), runs);
    }

    private static bool KeepBreak(LogicalLine prev, LogicalLine next)
    {
        if (prev.IsTable || next.IsTable) return true;
        var last = prev.Text[^1];
        if (Terminal.Contains(last)) return true;
        if (Closing.Contains(last) && prev.Text.Length > 1 && Terminal.Contains(prev.Text[^2])) return true;
        if (TextPatterns.LineStartMarker().IsMatch(next.Text)) return true;
        // a numbered heading line (（三）人大代表建议和政协委员提案办理情况) never runs into the paragraph under it
        if (prev.Text.Length <= 40 && !prev.Text.Contains('。') && TextPatterns.LineStartMarker().IsMatch(prev.Text)) return true;
        if (prev.Text.Length < 20 && last is not ('，' or '、' or ',')) return true;
        return false;
    }

    private static bool IsAsciiWord(char c) => c < 128 && char.IsLetterOrDigit(c);

    /// <summary>The parts of [s, e) left after removing debris, trimmed of surrounding whitespace.</summary>
    private static List<(int Start, int End)> KeptSegments(string source, int s, int e)
    {
        var segments = new List<(int, int)>();
        var cursor = s;
        // the line's matches read in place (no copy of the line, no Match objects): the same matches as on the line's string
        foreach (var m in TextPatterns.Debris().EnumerateMatches(source.AsSpan(s, e - s)))
        {
            if (m.Index + s > cursor) segments.Add((cursor, m.Index + s));
            cursor = m.Index + s + m.Length;
        }
        if (cursor < e) segments.Add((cursor, e));
        // trim leading whitespace
        while (segments.Count > 0)
        {
            var (a, b) = segments[0];
            while (a < b && IsSpace(source[a])) a++;
            if (a < b) { segments[0] = (a, b); break; }
            segments.RemoveAt(0);
        }
        while (segments.Count > 0)
        {
            var (a, b) = segments[^1];
            while (b > a && IsSpace(source[b - 1])) b--;
            if (b > a) { segments[^1] = (a, b); break; }
            segments.RemoveAt(segments.Count - 1);
        }
        return segments;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000';

    private static string Concat(string source, List<(int Start, int End)> segments)
    {
        if (segments.Count == 1) return source[segments[0].Start..segments[0].End];
        var sb = new StringBuilder();
        foreach (var (a, b) in segments) sb.Append(source, a, b - a);
        return sb.ToString();
    }

    private sealed record LogicalLine(List<(int Start, int End)> Segments, string Text, bool IsTable);
}
