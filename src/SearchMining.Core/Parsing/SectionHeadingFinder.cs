using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>
/// Finds the numbered section headings of a report in any of the shapes of the corpus: one heading per line
/// (DOCX/PDF text), or headings run into the text of a flattened page (平潭). Titles are recognised by their
/// wording across the 2021, 2019 and pre-2019 templates; numbers must increase.
/// </summary>
public static partial class SectionHeadingFinder
{
    [GeneratedRegex(@"(?<num>[一二三四五六七八九十]{1,3})[ \t\u3000]*[、.．，,][ \t\u3000]*(?:" +
        @"(?<applications>收到和处理政府信息公开申请[^。\n\t]{0,3}?情况|[^。\n，,；\t]{0,6}?依申请公开[^。\n\t]{0,24}?情况|[^。\n，,；\t]{0,6}?(?:政府信息公开)?申请的?(?:办理|处理)[^。\n，,；\t]{0,4}?情况)" +
        @"|(?<proactive>[^。\n，,；\t]{0,8}?主动公开[^。\n，,；\t]{0,8}?情况|[^。\n，,；\t]{0,4}?主动公开政府信息|(?:政府)?信息公开情况(?!统计|表))" +
        @"|(?<review>[^。\n，,\t]{0,20}?复议[^。\n\t]{0,16}?诉讼[^。\n\t]{0,8}?情况)" +
        @"|(?<problems>[^。\n，,；\t]{0,16}?存在的?[^。\n，,；\t]{0,8}?(?:问题|不足)(?:[^。\n，,；\t]{0,4}?改进(?:情况|措施))?|[^。\n，,；\t]{0,12}?主要问题(?:[^。\n，,；\t]{0,4}?改进(?:情况|措施))?|改进措施|(?:下一步|下步|今后)[^。\n，,；\t]{0,8}?(?:思路|打算|计划|措施|安排|重点))" +
        @"|(?<other>其他需要报告的事项|[^。\n，,\t]{0,12}?收费(?:和|与|及)?减免[^。\n，,\t]{0,4}?情况|[^。\n，,\t]{0,12}?收费情况|[^。\n，,\t]{0,12}?支出与收费|[^。\n，,\t]{0,6}?人员和收支情况|[^。\n，,\t]{0,12}?咨询处理情况|[^。\n，,\t]{0,6}?(?:发布解读|回应社会关切)[^。\n，,\t]{0,16}?情况|[^。\n，,\t]{0,12}?(?:统计表|附表))" +
        @"|(?<overview>[^。\n，,；\t]{0,12}?(?:总体情况|概述|概况|基本情况|工作开展情况|工作情况)|[^。\n，,；\t]{0,8}?组织领导[^。\n，,；\t]{0,12}?(?:情况|方面))" +
        @")")]
    private static partial Regex KnownHeading();

    /// <summary>A short numbered line with a title we do not know (kept when it continues the numbering).</summary>
    [GeneratedRegex(@"^(?<num>[一二三四五六七八九十]{1,3})[ \u3000]*[、.．][ \u3000]*(?<title>[^\t。\d][^\t。]{1,24})$")]
    private static partial Regex GenericHeadingLine();

    /// <summary>The official 2019/2021 titles, specific enough to accept even when run into a preceding word (…90元三、收到和处理…).</summary>
    [GeneratedRegex(@"总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项")]
    private static partial Regex OfficialTitle();

    [GeneratedRegex(@"申请数量|办理结果|结转|新收|总计")]
    private static partial Regex TableRowLabel();

    public static IReadOnlyList<SectionHeading> Find(string source)
    {
        var candidates = new List<SectionHeading>();
        foreach (Match m in KnownHeading().Matches(source))
        {
            var numGroup = m.Groups["num"];
            if (numGroup.Index > 0 && IsIdeograph(source[numGroup.Index - 1]) && !OfficialTitle().IsMatch(m.Value)) continue;
            var value = ChineseNumerals.Parse(numGroup.Value);
            if (value is null) continue;
            var topic = TopicOf(m);
            var (title, bodyStart) = TitleOf(source, m);
            if (TableRowLabel().IsMatch(title) && topic != SectionTopic.Applications) continue;
            candidates.Add(new SectionHeading(numGroup.Value, value.Value, topic, title, numGroup.Index, bodyStart));
        }
        AddGenericHeadings(source, candidates);
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Chain(candidates);
    }

    private static void AddGenericHeadings(string source, List<SectionHeading> candidates)
    {
        foreach (var line in TextLine.Split(source))
        {
            var text = line.Of(source).Trim().Trim('\u3000');
            var m = GenericHeadingLine().Match(text);
            if (!m.Success || TableRowLabel().IsMatch(text) || text.Contains('是')) continue;
            var value = ChineseNumerals.Parse(m.Groups["num"].Value);
            if (value is null) continue;
            var offset = source.IndexOf(text, line.Start, StringComparison.Ordinal);
            if (candidates.Any(c => c.Start == offset)) continue;
            candidates.Add(new SectionHeading(m.Groups["num"].Value, value.Value, SectionTopic.Other,
                m.Groups["title"].Value.TrimEnd(':', '：'), offset, offset + text.Length) { });
        }
    }

    /// <summary>Keeps headings whose numbers strictly increase; generic (unknown-title) headings only when they continue the numbering by one.</summary>
    private static List<SectionHeading> Chain(List<SectionHeading> candidates)
    {
        var chosen = new List<SectionHeading>();
        var last = 0;
        foreach (var c in candidates)
        {
            if (c.Value <= last) continue;
            var generic = c.Topic == SectionTopic.Other && !IsKnownOther(c.Title);
            if (generic && c.Value != last + 1) continue;
            chosen.Add(c);
            last = c.Value;
        }
        return chosen;
    }

    private static bool IsKnownOther(string title) =>
        title.Contains("其他需要报告") || title.Contains("收费") || title.Contains("咨询") || title.Contains("收支") || title.Contains("解读") || title.Contains("回应") || title.Contains("表");

    private static SectionTopic TopicOf(Match m) =>
        m.Groups["overview"].Success ? SectionTopic.Overview
        : m.Groups["proactive"].Success ? SectionTopic.Proactive
        : m.Groups["applications"].Success ? SectionTopic.Applications
        : m.Groups["review"].Success ? SectionTopic.ReviewLitigation
        : m.Groups["problems"].Success ? SectionTopic.Problems
        : SectionTopic.Other;

    /// <summary>
    /// On a line of its own (or nearly) the title is the rest of the line; run into flowing text it is the recognised wording only.
    /// </summary>
    private static (string Title, int BodyStart) TitleOf(string source, Match m)
    {
        var titleStart = m.Groups["num"].Index + m.Groups["num"].Length;
        while (titleStart < source.Length && source[titleStart] is '、' or '.' or '．' or '，' or ',' or ' ' or '\t' or '\u3000') titleStart++;
        var lineEnd = source.IndexOf('\n', m.Index);
        if (lineEnd < 0) lineEnd = source.Length;
        var rest = source[titleStart..lineEnd];
        var restTrimmed = rest.TrimEnd();
        if (AtLineStart(source, m.Groups["num"].Index) && restTrimmed.Length <= 40 && !restTrimmed.Contains('。') && !restTrimmed.Contains('\t'))
        {
            var title = restTrimmed.Trim().TrimEnd(':', '：', ' ', '\u3000');
            return (title, lineEnd);
        }
        var matched = source[titleStart..(m.Index + m.Length)];
        var bodyStart = m.Index + m.Length;
        // a colon right after a heading belongs to it
        if (bodyStart < source.Length && source[bodyStart] is ':' or '：') bodyStart++;
        return (matched.Trim(), bodyStart);
    }

    private static bool AtLineStart(string source, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = source[i];
            if (c == '\n') return true;
            if (c is ' ' or '\t' or '\u3000') continue;
            if (c == ']')
            {
                var open = source.LastIndexOf("[bookmark:", i, StringComparison.Ordinal);
                var nl = source.LastIndexOf('\n', i);
                if (open > nl) { i = open; continue; }
            }
            return false;
        }
        return true;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
