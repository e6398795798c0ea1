using System.Text.RegularExpressions;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Metadata;
using SearchMining.Core.Normalization;

namespace SearchMining.Core.Parsing;

/// <summary>
/// The one rule that tells a 政府信息公开工作年度报告 — complete, cut short, flattened, Traditional — from any other
/// text a folder or an upload may hold (a README, a source list, a letter). The parser answers
/// <see cref="ParseErrorKind.NotAReport"/> by it; the API's 422 follows from that.
/// A text is a report when it is Chinese prose (not markup or another language: at least
/// <see cref="MinChineseShare"/> of its visible characters are Chinese, pinyin annotations of a converted mirror
/// (<see cref="LatinAnnotation"/>) left out; when most of its lines are Markdown syntax, the text under the markup is
/// what is counted (<see cref="UnderMarkup"/>: a report mirrored as Markdown is a report, a README stays English and file
/// names)) and it shows one sign of a report: a section heading of the report templates
/// (一、总体情况 …), a report title (XX 2024年政府信息公开工作年度报告), or talk of 政府信息公开 / 政务公开 work.
/// Once parsed, a report with no section heading, no year and no agency is not one either (<see cref="Check"/>).
/// Every entry point (API upload, CLI folder mode, start-up ingestion) applies both through the parser; a caller may
/// force such a text in (<c>ReportParser.Parse(…, force: true)</c>, the API's <c>force=true</c>).
/// </summary>
public static partial class ReportRecognizer
{
    /// <summary>Share of Chinese characters among the visible ones below which a text is not Chinese prose.</summary>
    public const double MinChineseShare = 0.3;

    /// <summary>Share of a text's non-empty lines in Markdown syntax (#, |, -, ```, &gt;) from which it is judged by the text under its markup.</summary>
    public const double MarkdownLineShare = 0.5;

    /// <summary>A table's separator row (|---|:---:|) or a code fence: markup with no text under it.</summary>
    [GeneratedRegex(@"^\s*(?:\|?[\s:|-]*\|[\s:|-]*|```.*)$")]
    private static partial Regex MarkupOnlyLine();

    /// <summary>A line's Markdown prefix: a heading's #, a quote's &gt;, a list item's marker.</summary>
    [GeneratedRegex(@"^\s*(?:#{1,6}|>|[-*+](?=\s)|\d{1,3}\.(?=\s))\s*")]
    private static partial Regex MarkupPrefix();

    /// <summary>Markdown inside a line: a link's or an image's target (the label stays), a bare URL, table pipes, emphasis and code marks.</summary>
    [GeneratedRegex(@"!?\[(?<label>[^\]]*)\]\([^)]*\)|https?://\S+|[|*_`]")]
    private static partial Regex InlineMarkup();

    [GeneratedRegex(@"政府信息公开|信息公开工作|政务公开")]
    private static partial Regex DisclosureWording();

    /// <summary>
    /// Latin that annotates Chinese rather than being text of its own, left out of the Chinese share: a pinyin syllable
    /// with a tone mark anywhere (bào, (guī), zhèng), a syllable with a tone digit (bao4), and a lower-case Latin run
    /// written against a Chinese character with no space (報bao告gao, 報(bao)) as converted mirrors write it.
    /// English prose keeps its words apart from any Chinese by spaces and has no tone marks, so it still counts.
    /// </summary>
    [GeneratedRegex(@"[(（]?[a-zA-Zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]?|\b[a-zü]{1,6}[1-5]\b|(?<=[\u4E00-\u9FFF])[(（]?[a-zü]{1,6}[)）]?|[(（]?[a-zü]{1,6}[)）]?(?=[\u4E00-\u9FFF])")]
    private static partial Regex LatinAnnotation();

    [GeneratedRegex(@"^\s*(?:#|\||```|[-*+]\s|>)")]
    private static partial Regex MarkupLine();

    /// <summary>Recognises a text as written (it is folded to Simplified first).</summary>
    public static ReportRecognition Recognize(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(false, "The text is empty.");
        var folded = ReadingView.Of(SourceTextNormalizer.Normalize(text));
        return Recognize(folded, SectionHeadingFinder.Find(folded), TitleReader.Read(folded));
    }

    /// <summary>The rule on a normalised, folded text whose headings and title have been read already.</summary>
    internal static ReportRecognition Recognize(string folded, IReadOnlyList<SectionHeading> headings, TitleInfo title)
    {
        var (chinese, visible, markupShare) = Counts(folded);
        var share = visible == 0 ? 0 : (double)chinese / visible;
        // a translation or a foreign-language block on lines of its own (a bilingual page's English version, English site
        // menus): when the Chinese lines alone are prose of some length, they are what is judged
        if (share < MinChineseShare && markupShare < MarkdownLineShare && ChineseLines(folded) is { } own && own.Chinese >= MinChineseProse)
            share = (double)own.Chinese / own.Visible;
        // a Markdown text (a mirror's copy of a report, a README) is judged by the text under its markup: the pipes, rules
        // and link targets of a report's tables are no foreign text
        if (markupShare >= MarkdownLineShare)
        {
            var (underChinese, underVisible, _) = Counts(UnderMarkup(folded));
            share = underVisible == 0 ? 0 : (double)underChinese / underVisible;
        }
        if (share < MinChineseShare)
            return new(false, $"The text is not a 政府信息公开工作年度报告: only {share:P0} of its characters are Chinese" +
                (markupShare >= MarkdownLineShare ? $" under the Markdown markup of {markupShare:P0} of its lines" : "") + " (a README, a list or a text in another language).");
        if (headings.Count == 0 && title.TitleText is null && !DisclosureWording().IsMatch(folded))
            return new(false, "The text is not a 政府信息公开工作年度报告: it has no report title, no numbered sections and never mentions 政府信息公开.");
        return ReportRecognition.Report;
    }

    /// <summary>A NotAReport error for a parsed report with no section heading, no year and no agency; null when it reads as a report.</summary>
    public static ParseError? Check(Report report) =>
        report.Sections.Count == 0 && report.Year is null && string.IsNullOrWhiteSpace(report.Agency)
            ? new ParseError(ParseErrorKind.NotAReport,
                "The text is not a 政府信息公开工作年度报告: it has no numbered section heading (一、…), no report year and no agency.")
            : null;

    /// <summary>The text under its Markdown markup: line prefixes, separator rows, fences, link targets, pipes and emphasis taken out.</summary>
    internal static string UnderMarkup(string text) =>
        string.Join("\n", TextLine.Split(text).Select(l => l.Of(text)).Where(l => !MarkupOnlyLine().IsMatch(l))
            .Select(l => InlineMarkup().Replace(MarkupPrefix().Replace(l, ""), m => m.Groups["label"].Value)));

    /// <summary>Chinese characters the lines holding Chinese must reach for a foreign-language block beside them to be left out.</summary>
    public const int MinChineseProse = 200;

    /// <summary>The counts over the lines that hold at least one Chinese character, or null when none does.</summary>
    private static (int Chinese, int Visible)? ChineseLines(string text)
    {
        var lines = TextLine.Split(text).Select(l => l.Of(text)).Where(l => l.Any(IsChinese)).ToList();
        if (lines.Count == 0) return null;
        var (chinese, visible, _) = Counts(string.Join("\n", lines));
        return (chinese, visible);
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static (int Chinese, int Visible, double MarkupShare) Counts(string text)
    {
        int chinese = 0, visible = 0;
        foreach (var c in LatinAnnotation().Replace(text, " "))
        {
            if (char.IsWhiteSpace(c)) continue;
            visible++;
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF')
                chinese++;
        }
        int lines = 0, markup = 0;
        foreach (var line in TextLine.Split(text))
        {
            var s = line.Of(text);
            if (string.IsNullOrWhiteSpace(s)) continue;
            lines++;
            if (MarkupLine().IsMatch(s)) markup++;
        }
        return (chinese, visible, lines == 0 ? 0 : (double)markup / lines);
    }
}
