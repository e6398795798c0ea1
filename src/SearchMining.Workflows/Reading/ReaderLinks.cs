using System.Globalization;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Workflows.Reading;

/// <summary>
/// Links into the web page's report view, opened at a hit: <c>/?view=report&amp;id=…&amp;section=n&amp;q=…&amp;at=offset</c>
/// (the page scrolls to the match at that offset of section n and highlights every match of q). The page builds the
/// same link (app.js, <c>hitLink</c>); batch output and Atom feeds use this one.
/// </summary>
internal static class ReaderLinks
{
    public static string OpenAtHit(string reportId, int? sectionOrdinal, string? query, int? offset)
    {
        var parts = new List<string> { "view=report", "id=" + Uri.EscapeDataString(reportId) };
        if (sectionOrdinal is { } n) parts.Add("section=" + n.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(query)) parts.Add("q=" + Uri.EscapeDataString(query));
        if (offset is { } at) parts.Add("at=" + at.ToString(CultureInfo.InvariantCulture));
        return "/?" + string.Join('&', parts);
    }

    /// <summary>The link of a search hit: its section, at its first highlighted match (else its first snippet).</summary>
    public static string OpenAtHit(SearchHit hit, string? query)
    {
        int? ordinal = SectionId.TryParse(hit.SectionId, out var id) ? id.SectionOrdinal : null;
        int? offset = hit.Snippets.FirstOrDefault() is { } snippet
            ? snippet.SectionOffset + (snippet.Highlights.FirstOrDefault() is { Length: 2 } h ? h[0] : 0)
            : null;
        return OpenAtHit(hit.ReportId, ordinal, query, offset);
    }

    /// <summary>The absolute form of a link, for files and feeds read outside the page.</summary>
    public static string Absolute(string? baseUrl, string link) =>
        string.IsNullOrWhiteSpace(baseUrl) ? link : baseUrl.TrimEnd('/') + link;
}
