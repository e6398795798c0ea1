using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing;

/// <summary>Shared regular expressions over report text.</summary>
public static partial class TextPatterns
{
    /// <summary>Extraction debris: Word bookmarks, angle brackets around links.</summary>
    [GeneratedRegex(@"\[bookmark:[^\]\n]*\]|<(?=https?://)|(?<=https?://[^<>\s]*)>")]
    public static partial Regex Debris();

    /// <summary>A page number line as PDF extraction leaves it (— 3 —, - 3 -, 第3页).</summary>
    [GeneratedRegex(@"^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?)$")]
    public static partial Regex PageNumber();

    /// <summary>A line laid out as a table: interior runs of 3+ spaces (pdftotext -layout) or " | " separators.</summary>
    [GeneratedRegex(@"\S[ \u3000]{3,}\S| \| ")]
    public static partial Regex LayoutTableLine();

    /// <summary>An item marker at the start of a line: （一）, (一), 一、, 一是, 1. 1、 (1).</summary>
    [GeneratedRegex(@"^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、是]|\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）])")]
    public static partial Regex LineStartMarker();
}
