using System.Text;
using SearchMining.Index.Searching;

namespace SearchMining.Cli.Commands;

/// <summary>
/// Plain-text rendering of search results: hits with 【highlighted】 query words and 〔related〕 words in their snippets, the
/// query words each hit holds, then facets and the next cursor.
/// </summary>
internal static class SearchResultPrinter
{
    public static void Print(SearchResults results, TextWriter output)
    {
        output.WriteLine(results.Groups.Count > 0 ? $"{results.Total} reports match." : $"{results.Total} sections match.");
        var rank = 0;
        if (results.Groups.Count > 0)
        {
            foreach (var group in results.Groups)
            {
                output.WriteLine($"{++rank}. {group.Agency ?? group.SourceFile} {group.Year}  ({group.ReportId})");
                foreach (var hit in group.Sections) PrintHit(hit, output, "   ");
            }
        }
        foreach (var hit in results.Hits)
        {
            output.Write($"{++rank}. ");
            PrintHit(hit, output, "");
        }
        if (results.Facets.Count > 0)
        {
            output.WriteLine();
            foreach (var (dimension, values) in results.Facets.Where(f => f.Value.Count > 0))
                output.WriteLine($"{dimension}: {string.Join("  ", values.Take(8).Select(v => $"{v.Value} ({v.Count})"))}");
        }
        if (results.NextCursor is not null) output.WriteLine($"\nnext page: --cursor {results.NextCursor}");
    }

    private static void PrintHit(SearchHit hit, TextWriter output, string indent)
    {
        var sub = hit.SubsectionTitle is null ? "" : " › " + hit.SubsectionTitle;
        output.WriteLine($"{indent}{hit.Agency ?? hit.SourceFile} {hit.Year} · {hit.SectionNumber}、{hit.Title}{sub}  [{hit.Score:0.00}] {hit.SectionId}");
        var words = new List<string>();
        if (hit.MatchedTerms.Count > 0) words.Add("has: " + string.Join(" ", hit.MatchedTerms));
        if (hit.Related.Count > 0) words.Add((hit.ViaRelated ? "only through related words: " : "related words: ")
                                             + string.Join(" ", hit.Related.Select(r => $"{r.Term}→{string.Join("/", r.Via)}")));
        if (hit.MissingTerms.Count > 0) words.Add("missing: " + string.Join(" ", hit.MissingTerms));
        if (words.Count > 0) output.WriteLine($"{indent}    ({string.Join("; ", words)})");
        foreach (var snippet in hit.Snippets) output.WriteLine($"{indent}    {Mark(snippet)}");
    }

    private static string Mark(Snippet snippet)
    {
        var text = new StringBuilder();
        var at = 0;
        var spans = snippet.Highlights.Select(h => (Span: h, Open: '【', Close: '】'))
            .Concat(snippet.RelatedHighlights.Select(h => (Span: h, Open: '〔', Close: '〕')));
        foreach (var (h, open, close) in spans.OrderBy(s => s.Span[0]))
        {
            if (h[0] < at) continue;
            text.Append(snippet.Text, at, h[0] - at).Append(open).Append(snippet.Text, h[0], h[1] - h[0]).Append(close);
            at = h[1];
        }
        return text.Append(snippet.Text, at, snippet.Text.Length - at).ToString().ReplaceLineEndings(" ");
    }
}
