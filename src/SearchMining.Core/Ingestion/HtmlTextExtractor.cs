using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Ingestion;

/// <summary>Main text of an HTML page: navigation and scripts dropped, block elements on their own lines, table rows as tab-separated cells.</summary>
public sealed class HtmlTextExtractor
{
    private static readonly IReadOnlyList<string> Dropped = ["script", "style", "noscript", "nav", "header", "footer", "iframe", "form", "button", "select"];
    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "SECTION", "ARTICLE", "MAIN", "BLOCKQUOTE", "PRE", "UL", "OL", "DL", "DT", "DD", "CENTER", "ADDRESS"]);
    public ExtractedText Extract(string html)
    {
        // a parser per call: HtmlParser instances are not documented as thread-safe, and readers are shared
        var document = new HtmlParser().ParseDocument(html);
        foreach (var selector in Dropped)
            foreach (var element in document.QuerySelectorAll(selector).ToList())
                element.Remove();
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? (IElement?)document.Body ?? document.DocumentElement;
        var sb = new StringBuilder();
        var title = document.Title?.Trim();
        var bodyText = root?.TextContent ?? "";
        if (!string.IsNullOrEmpty(title) && !bodyText.Contains(title)) sb.Append(title).Append('\n');
        if (root is not null) Append(root, sb);
        var text = sb.ToString();
        return string.IsNullOrWhiteSpace(text)
            ? ExtractedText.Failed(ParseErrorKind.Empty, "The HTML page has no text.")
            : ExtractedText.Of(text);
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(Collapse(text.Data));
                    break;
                case IElement { TagName: "BR" }:
                    sb.Append('\n');
                    break;
                case IElement { TagName: "TABLE" } table when IsLayoutTable(table):
                    // old government pages lay the whole article out in tables: read the cells as blocks
                    foreach (var cell in table.QuerySelectorAll("td, th").Where(c => c.Closest("table") == table))
                    {
                        NewLine(sb);
                        Append(cell, sb);
                        NewLine(sb);
                    }
                    break;
                case IElement { TagName: "TABLE" } table:
                    NewLine(sb);
                    AppendTable(table, sb);
                    break;
                case IElement element when Blocks.Contains(element.TagName):
                    NewLine(sb);
                    Append(element, sb);
                    NewLine(sb);
                    break;
                case IElement element:
                    Append(element, sb);
                    break;
            }
        }
    }

    /// <summary>A table used for page layout rather than data: it holds another table or a cell of running text.</summary>
    private static bool IsLayoutTable(IElement table) =>
        table.QuerySelector("table") is not null ||
        table.QuerySelectorAll("td, th").Any(c => c.TextContent.Trim().Length > 150);

    private static void AppendTable(IElement table, StringBuilder sb)
    {
        foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            var cells = new List<string>();
            foreach (var cell in row.Children.Where(c => c.TagName is "TD" or "TH"))
            {
                cells.Add(Collapse(cell.TextContent).Trim());
                var span = int.TryParse(cell.GetAttribute("colspan"), out var n) ? Math.Clamp(n, 1, 50) : 1;
                for (var i = 1; i < span; i++) cells.Add("");
            }
            sb.Append(string.Join('\t', cells)).Append('\n');
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' || (char.IsWhiteSpace(c) && c != '\u3000'))
            {
                if (!space) sb.Append(' ');
                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }
        return sb.ToString();
    }
}
