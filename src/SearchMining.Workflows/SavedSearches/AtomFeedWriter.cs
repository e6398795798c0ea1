using System.Globalization;
using System.Text;
using System.Xml;
using SearchMining.Workflows.Citations;
using SearchMining.Workflows.Reading;

namespace SearchMining.Workflows.SavedSearches;

/// <summary>
/// The Atom feed (RFC 4287) of a saved search: one entry per matched report, newest match first, dated when the search
/// first matched it, linking to the report opened at its best hit. Feed readers follow it by entry id.
/// </summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string FeedId(string searchId) => "urn:searchmining:saved-search:" + searchId;

    public static string EntryId(string searchId, string reportId) => FeedId(searchId) + ":" + reportId;

    /// <param name="baseUrl">The service's address (https://host), so links work in a reader.</param>
    /// <param name="selfUrl">The feed's own address.</param>
    public static string Write(SavedSearch search, IReadOnlyList<SavedSearchEntry> entries, string baseUrl, string selfUrl)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, FeedId(search.Id));
            xml.WriteElementString("title", Atom, "保存的检索：" + search.Name);
            xml.WriteElementString("subtitle", Atom, Describe(search));
            xml.WriteElementString("updated", Atom, Time(entries.Count > 0 ? entries.Max(e => e.Match.FirstMatchedAt) : search.CreatedAt));
            Link(xml, "self", selfUrl, "application/atom+xml");
            Link(xml, "alternate", ReaderLinks.Absolute(baseUrl, "/?" + search.Spec.ToQueryString()), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "SearchMining");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "SearchMining");
            foreach (var entry in entries)
            {
                var hit = entry.Hit;
                var best = hit.Sections[0];
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, EntryId(search.Id, hit.ReportId));
                xml.WriteElementString("title", Atom, $"{CitationFormatter.Title(hit.Agency, hit.Year)} · {(best.SectionNumber.Length > 0 ? best.SectionNumber + "、" : "")}{best.Title}");
                xml.WriteElementString("updated", Atom, Time(entry.Match.FirstMatchedAt));
                Link(xml, "alternate", ReaderLinks.Absolute(baseUrl, ReaderLinks.OpenAtHit(best, search.Spec.Query)), "text/html");
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(best.Snippets.FirstOrDefault()?.Text ?? "");
                xml.WriteEndElement();
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", entry.Match.Seen ? "seen" : "new");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        // StringBuilder output declares utf-16; the feed is sent as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static string Describe(SavedSearch search)
    {
        var filters = search.Spec.DescribeFilters();
        return (search.Spec.Query.Length > 0 ? "检索词：" + search.Spec.Query : "全部报告") + (filters.Length > 0 ? "；筛选：" + filters : "");
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
