using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing;

/// <summary>Item markers inside a section: （一）, 一是, 1. — with their numeric value and the style they belong to.</summary>
public static partial class ItemMarkers
{
    public enum Style { Paren, Shi, Arabic, ParenArabic, Dun }

    /// <summary>A marker at the start of a line or run into flowing text after 。；.</summary>
    [GeneratedRegex(@"(?<=^|[。；;：:！？!?\n]\s*)(?:(?<paren>[（(]\s*(?<pv>[一二三四五六七八九十]{1,3})\s*[)）])|(?<parab>[（(](?<pav>\d{1,2})[)）])|(?<arabic>(?<av>\d{1,2})\s*[.．、](?![\d％%]))|(?<dun>(?<dv>[一二三四五六七八九十]{1,3})、))", RegexOptions.Multiline)]
    private static partial Regex BlockMarker();

    /// <summary>一是 / 二是 … inline, after the start of the text or a clause break.</summary>
    [GeneratedRegex(@"(?<=^|[。；;：:，,！？!?\s])(?<v>[一二三四五六七八九十]{1,2})是(?!否|指|非)")]
    private static partial Regex ShiMarker();

    public sealed record Marker(int Start, int End, string Text, int Value, Style Kind);

    public static List<Marker> Blocks(string text)
    {
        var list = new List<Marker>();
        foreach (Match m in BlockMarker().Matches(text))
        {
            Style kind;
            int? value;
            if (m.Groups["paren"].Success) { kind = Style.Paren; value = ChineseNumerals.Parse(m.Groups["pv"].Value); }
            else if (m.Groups["parab"].Success) { kind = Style.ParenArabic; value = int.Parse(m.Groups["pav"].Value); }
            else if (m.Groups["arabic"].Success) { kind = Style.Arabic; value = int.Parse(m.Groups["av"].Value); }
            else { kind = Style.Dun; value = ChineseNumerals.Parse(m.Groups["dv"].Value); }
            if (value is null) continue;
            list.Add(new Marker(m.Index, m.Index + m.Length, m.Value, value.Value, kind));
        }
        return list;
    }

    public static List<Marker> Shi(string text, int start, int end)
    {
        var list = new List<Marker>();
        var span = text[start..end];
        foreach (Match m in ShiMarker().Matches(span))
        {
            var value = ChineseNumerals.Parse(m.Groups["v"].Value);
            if (value is null) continue;
            list.Add(new Marker(start + m.Index, start + m.Index + m.Length, m.Value, value.Value, Style.Shi));
        }
        // a span that itself starts with 二是 (one clause per line) continues the count of the lines before it
        var leading = list.Count > 0 && string.IsNullOrWhiteSpace(span[..(list[0].Start - start)]);
        return leading ? Sequence(list, list[0].Value - 1) : Sequence(list);
    }

    /// <summary>
    /// Keeps markers that count 1, 2, 3 … (a new run may restart at 1; a number written twice in a row — 三是…三是…,
    /// a slip of the source — is the next item all the same).
    /// </summary>
    public static List<Marker> Sequence(List<Marker> markers, int startAfter = 0)
    {
        var kept = new List<Marker>();
        var last = startAfter;
        foreach (var m in markers)
        {
            if (m.Value == last + 1 || (m.Value == 1 && last > 0) || (m.Value == last && last > 1 && m.Kind == Style.Shi))
            {
                kept.Add(m);
                last = m.Value;
            }
        }
        return kept;
    }

    public static bool IsTableLine(string text, int lineStart)
    {
        var lineEnd = text.IndexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.Length;
        var line = text[lineStart..lineEnd];
        return line.Contains('\t') || TextPatterns.LayoutTableLine().IsMatch(line);
    }
}
