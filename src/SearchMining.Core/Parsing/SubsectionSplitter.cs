using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>Splits a section's clean text into its top-level items: （一）…, 1. …, or 一是 … (whichever style the section uses first).</summary>
public static class SubsectionSplitter
{
    private const int MaxTitle = 30;

    public static IReadOnlyList<ReportSubsection> Split(string text)
    {
        var markers = ItemMarkers.Blocks(text)
            .Where(m => m.Kind != ItemMarkers.Style.Dun && !ItemMarkers.IsTableLine(text, LineStart(text, m.Start)))
            .ToList();
        if (markers.Count == 0)
            markers = ItemMarkers.Shi(text, 0, text.Length).Where(m => m.Start == LineStart(text, m.Start) || IsAfterSentence(text, m.Start)).ToList();
        if (markers.Count == 0) return [];
        var style = markers[0].Kind;
        var top = ItemMarkers.Sequence(markers.Where(m => m.Kind == style).ToList());
        // only the first run of numbering counts at top level
        var run = new List<ItemMarkers.Marker>();
        foreach (var m in top)
        {
            if (run.Count > 0 && m.Value == 1) break;
            run.Add(m);
        }
        if (run.Count == 0 || run[0].Value != 1) return [];
        var result = new List<ReportSubsection>();
        for (var i = 0; i < run.Count; i++)
        {
            var start = run[i].Start;
            var end = i + 1 < run.Count ? run[i + 1].Start : text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            var body = text[run[i].End..end].TrimStart();
            result.Add(new ReportSubsection
            {
                Marker = run[i].Text.Trim(),
                Title = TitleOf(body),
                Text = text[start..end],
                Start = start,
                End = end,
            });
        }
        return result;
    }

    public static string TitleOf(string body)
    {
        var cut = body.AsSpan().IndexOfAny("。：:\n；");
        var title = cut >= 0 ? body[..cut] : body;
        title = title.Trim();
        return title.Length > MaxTitle ? title[..MaxTitle] + "…" : title;
    }

    private static int LineStart(string text, int index)
    {
        var nl = index > 0 ? text.LastIndexOf('\n', index - 1) : -1;
        return nl + 1;
    }

    private static bool IsAfterSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i < 0 || text[i] is '。' or '；' or ';';
    }
}
