using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>
/// Finds the numbered section headings of a report in any of the shapes of the corpus: one heading per line
/// (DOCX/PDF text), or headings run into the text of a flattened page (平潭). Titles are recognised by their
/// wording across the 2021, 2019 and pre-2019 templates; numbers must increase. Headings are read on the text with the
/// spaces inside words taken out (一、概 述, blanked pinyin), numbered 一、 or 第一部分, and cut short at the end of a
/// stored page (二、主动公开政府信) when the words left still tell the topic. A contents list is not a run of sections.
/// </summary>
public static partial class SectionHeadingFinder
{
    /// <summary>A gap before the topic words: no sentence end, line break, comma, tab or opening bracket (总体情况（一）主动公开 is the overview).</summary>
    private const string Gap = @"[^。\n，,；\t（(]";

    /// <summary>A document's title in 《》, one unit of a gap (一、贯彻落实《…实施》及时主动公开政府信息情况: h1613).</summary>
    private const string CitedTitle = @"《[^》。\n]{1,24}》";

    private const string Number = @"(?:第(?<num>[一二三四五六七八九十]{1,3})部分[ \t\u3000]*[、：:.．]?|(?<num>[一二三四五六七八九十]{1,3})[ \t\u3000]*[、.．，,])[ \t\u3000]*";

    /// <summary>A report year written before a title (一、2019年政府信息公开工作的总体情况): skipped before the topic words.</summary>
    private const string YearBeforeTitle = @"(?:(?:19|20)\d{2}年度?)?";

    [GeneratedRegex(Number + YearBeforeTitle + @"(?:" +
        @"(?<applications>收到和处理政府信息公开申请[^。\n\t]{0,3}?情况|" + Gap + @"{0,6}?依申请公开(?![^。\n\t]{0,24}?收费)[^。\n\t]{0,24}?情况|" + Gap + @"{0,6}?(?:政府信息公开)?申请的?(?:办理|处理)[^。\n，,；\t]{0,4}?情况)" +
        @"|(?<proactive>(?:" + Gap + "|" + CitedTitle + @"){0,8}?主动公开[^。\n，,；\t]{0,8}?情况|" + Gap + @"{0,4}?主动公开政府信息|(?:政府)?信息公开情况(?!统计|表)|" + Gap + @"{0,4}?(?<!申请|不予)公开政府信息的?(?:总体)?情况)" +
        @"|(?<review>" + Gap + @"{0,20}?复议[^。\n\t]{0,16}?诉讼(?:[^。\n\t]{0,8}?情况|[^。\n\t]{0,6}?(?:事件|案件|事项)))" +
        @"|(?<problems>" + Gap + @"{0,16}?存在的?[^。\n，,；\t]{0,8}?(?:问题|不足)(?:[^。\n，,；\t]{0,4}?改进(?:情况|措施))?|" + Gap + @"{0,12}?主要问题(?:[^。\n，,；\t]{0,4}?改进(?:情况|措施))?|改进措施|(?:下一步|下步|今后)[^。\n，,；\t]{0,8}?(?:思路|打算|计划|措施|安排|重点))" +
        @"|(?<other>其他需要?报告的事项|" + Gap + @"{0,12}?收费(?:和|与|及)?减免[^。\n，,\t]{0,4}?情况|" + Gap + @"{0,12}?收费情况|" + Gap + @"{0,12}?支出与收费|" + Gap + @"{0,6}?人员和收支情况|" + Gap + @"{0,12}?咨询处理情况|" + Gap + @"{0,6}?(?:发布解读|回应社会关切)[^。\n，,\t]{0,16}?情况|" + Gap + @"{0,12}?(?:统计表|附表))" +
        @"|(?<overview>" + Gap + @"{0,12}?(?:总体情况|概述|概况|基本情况|工作开展情况|工作情况|工作进展情况)|" + Gap + @"{0,8}?组织领导[^。\n，,；\t]{0,12}?(?:情况|方面))" +
        @")")]
    private static partial Regex KnownHeading();

    /// <summary>A short numbered line with a title we may not know (一 概述, 三、依申请公开政府信息：无…), kept by its topic words or when it continues the numbering.</summary>
    [GeneratedRegex(@"^(?:第(?<num>[一二三四五六七八九十]{1,3})部分[ \u3000]*[、：:.．]?[ \u3000]*|(?<num>[一二三四五六七八九十]{1,3})(?:[ \u3000]*[、.．][ \u3000]*|[ \u3000]+))" + YearBeforeTitle + @"(?<title>[^\t。\d〇○零是](?:" + CitedTitle + "|" + DocumentNumber + @"|[^\t。:：]){1,24}?)[ \u3000]*(?:[:：].*)?$")]
    private static partial Regex GenericHeadingLine();

    /// <summary>
    /// Round 24: a document number, one unit of a generic heading's title as a cited title is (二、哈政办综[2015]25号文件与《…》推进落实情况,
    /// h1613: a work-task part).
    /// </summary>
    private const string DocumentNumber = @"[\[〔［(（]\d{4}[\]〕］)）]\d{1,4}号";

    /// <summary>A numbered line whose first sentence is short and ends in 。 before its body: 一、加强交通重点领域政务公开。围绕….</summary>
    [GeneratedRegex(@"^(?<num>[一二三四五六七八九十]{1,3})[ \u3000]*[、.．][ \u3000]*(?<title>[^\t。:：，,；;是\d]{4,24})。(?=.)")]
    private static partial Regex RunOnHeadingLine();

    /// <summary>A numbered heading cut off by the end of a stored page: 二、主动公开政府信.</summary>
    [GeneratedRegex(@"(?:^|(?<=[。；;！？\s]))(?<num>[一二三四五六七八九十]{1,3})[ \t\u3000]*[、.．][ \t\u3000]*(?<title>[一-龥、]{1,24})\s*\z")]
    private static partial Regex CutHeadingAtEnd();

    /// <summary>The official 2019/2021 titles, specific enough to accept even when run into a preceding word (…90元三、收到和处理…).</summary>
    [GeneratedRegex(@"总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要?报告的事项")]
    private static partial Regex OfficialTitle();

    /// <summary>A numbered introduction (一、引言): the preamble under a number, not a section.</summary>
    [GeneratedRegex(@"^(?:引言|前言|导言|序言|报告内容)$")]
    private static partial Regex PreambleTitle();

    [GeneratedRegex(@"申请数量|办理结果|结转|新收|总计")]
    private static partial Regex TableRowLabel();

    /// <summary>Topic words of a title, strongest first: fees before applications (依申请公开的收费情况), review before applications (因…申请行政复议).</summary>
    private static readonly (Regex Words, SectionTopic Topic)[] TitleTopics =
    [
        (new Regex("收费|减免"), SectionTopic.Other),
        (new Regex("复议|诉讼|申诉"), SectionTopic.ReviewLitigation),
        (new Regex("问题|不足|改进|整改|下一步|下步|今后|打算|思路|努力方向|差距|困难"), SectionTopic.Problems),
        (new Regex("依申请|申请公开|公开申请|收到.{0,6}申请|受理.{0,6}申请|申请.{0,4}(?:办理|处理)"), SectionTopic.Applications),
        // a work-summary heading about how information was published (二、拓宽公开渠道,提升宣传能力) reports the proactive part
        // and so does one about publishing the agency's information (一、及時發布政務信息,接受監督主動服務)
        (new Regex("主动公开|公开政府信息|重点领域|公开(?:渠道|平台|载体|形式|内容|范围)|(?:发布|公开)政务信息"), SectionTopic.Proactive),
        // round 14: the words of the whole year's work (一、总体公开情况说明, h1004) before the other part's 说明
        (new Regex("总体|概述|概况"), SectionTopic.Overview),
        (new Regex("其他|事项|附表|统计表|附件|经费|人员|收支|咨询|投诉|举报|解读|回应|说明"), SectionTopic.Other),
        (new Regex("概述|概况|总体|基本情况|组织|领导|机构建设|工作情况|开展情况|进展情况"), SectionTopic.Overview),
    ];

    /// <summary>Titles of the templates, to read a heading cut short by the end of a page (收到 → 收到和处理政府信息公开申请情况).</summary>
    private static readonly (string Title, SectionTopic Topic)[] TemplateTitles =
    [
        ("总体情况", SectionTopic.Overview), ("概述", SectionTopic.Overview), ("基本情况", SectionTopic.Overview),
        ("年度政府信息公开工作概述", SectionTopic.Overview),
        ("主动公开政府信息情况", SectionTopic.Proactive), ("主动公开政府信息的情况", SectionTopic.Proactive),
        ("政府信息主动公开情况", SectionTopic.Proactive),
        ("收到和处理政府信息公开申请情况", SectionTopic.Applications), ("依申请公开政府信息情况", SectionTopic.Applications),
        ("依申请公开政府信息和不予公开政府信息的情况", SectionTopic.Applications), ("政府信息依申请公开情况", SectionTopic.Applications),
        ("政府信息依申请公开办理情况", SectionTopic.Applications), ("政府信息公开申请的办理情况", SectionTopic.Applications),
        ("政府信息公开行政复议、行政诉讼情况", SectionTopic.ReviewLitigation),
        ("因政府信息公开申请行政复议、提起行政诉讼的情况", SectionTopic.ReviewLitigation),
        ("因政府信息公开申请提起行政复议、行政诉讼的情况", SectionTopic.ReviewLitigation),
        ("存在的主要问题及改进情况", SectionTopic.Problems), ("存在的主要问题和改进措施", SectionTopic.Problems),
        ("政府信息公开工作存在的主要问题及改进措施", SectionTopic.Problems), ("政府信息公开工作存在的主要问题和改进措施", SectionTopic.Problems),
        ("其他需要报告的事项", SectionTopic.Other), ("其他需报告的事项", SectionTopic.Other), ("政府信息公开的收费及减免情况", SectionTopic.Other),
        ("政府信息公开收费及减免情况", SectionTopic.Other),
    ];

    public static IReadOnlyList<SectionHeading> Find(string source) => Find(source, SpacedWordsView.Of(source));

    /// <summary>As <see cref="Find(string)"/>, on the <see cref="SpacedWordsView"/> of <paramref name="source"/> the caller already has (the parser reads names on it too).</summary>
    internal static IReadOnlyList<SectionHeading> Find(string source, SpacedWordsView view)
    {
        var found = FindNumbered(source, view);
        if (found.Count > 0) return found;
        // parts numbered 1、–8、 where no part carries a Chinese number (an old template's 1、政府信息公开工作基本概况。): the
        // digits read as the numbers, one character for one so offsets hold; a real list of parts, not a part's items
        var arabic = ArabicPartNumber().Replace(source, m => ChineseNumerals.Format(m.Value[0] - '0'));
        if (ReferenceEquals(arabic, source) || arabic == source) return found;
        var parts = FindNumbered(arabic, SpacedWordsView.Of(arabic));
        return parts.Count >= MinArabicParts && parts.Select(p => p.Topic).Distinct().Count() >= MinArabicParts ? parts : found;
    }

    /// <summary>How many parts, of as many topics, an Arabic-numbered list must give to be the report's parts.</summary>
    private const int MinArabicParts = 3;

    /// <summary>A one-digit part number at the start of a line, before 、 or ．(1、政府信息公开工作基本概况).</summary>
    [GeneratedRegex(@"(?<=^[ \t\u3000]*)[1-9](?=[、．])", RegexOptions.Multiline)]
    private static partial Regex ArabicPartNumber();

    private static IReadOnlyList<SectionHeading> FindNumbered(string source, SpacedWordsView view)
    {
        var text = view.Text;
        var candidates = new List<Candidate>();
        foreach (Match m in KnownHeading().Matches(text))
        {
            var numGroup = m.Groups["num"];
            var before = view.SourceOffset(m.Index) - 1;
            if (before >= 0 && IsIdeograph(source[before]) && !OfficialTitle().IsMatch(m.Value)) continue;
            if (IsContentsItem(text, m)) continue;
            var value = ChineseNumerals.Parse(numGroup.Value);
            if (value is null) continue;
            var topic = TopicOf(m);
            var (title, bodyStart) = TitleOf(text, m);
            if (topic == SectionTopic.Proactive && !m.Value.Contains("主动") && !m.Value.Contains("重点领域")) topic = GeneralDisclosureTopic(title, value.Value);
            if (TableRowLabel().IsMatch(title) && topic != SectionTopic.Applications) continue;
            candidates.Add(new Candidate(numGroup.Value, value.Value, topic, true, title, m.Index, bodyStart));
        }
        var lines = TextLine.Split(text);
        AddHeadingLines(text, lines, candidates);
        AddCutHeading(text, candidates);
        AddCutHeadingLines(text, lines, candidates);
        AddUnnumberedTitleLines(text, lines, candidates);
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        var listed = candidates.Where(c => IsListedAndRepeated(text, c, candidates)).ToHashSet();
        candidates.RemoveAll(listed.Contains);
        return WithWorkItemsAsOverview(WithGenericFirstDecided(text, Chain(WithoutContentsList(candidates))))
            .Select(c => new SectionHeading(c.Number, c.Value, c.Topic, c.Title, view.SourceOffset(c.Start), view.SourceOffset(c.BodyStart)))
            .ToList();
    }

    /// <summary>
    /// Round 14: a first heading that says only 政府信息公开情况 (一、政府信息公开情况, 一、2014年政府信息公开情况) is read as the
    /// overview (<see cref="GeneralDisclosureTopic"/>), unless its body decides otherwise — when no later part reports what was
    /// published and its body opens by counting what was published (共当年更新信息371件, 累计主动公开信息…59条), it is that
    /// part: proactive (gold-1: 政府信息公开情况 reporting what was published is Proactive). With a later proactive part
    /// (二、重点领域信息公开情况), or with the proactive part as one of its items ((一)主动公开总体情况, h250), the first stays the
    /// overview.
    /// </summary>
    private static List<Candidate> WithGenericFirstDecided(string text, List<Candidate> chain)
    {
        if (chain.Count == 0 || chain[0] is not { Value: 1, Topic: SectionTopic.Overview } first || !GenericDisclosureTitle().IsMatch(first.Title)
            || chain.Skip(1).Any(c => c.Topic == SectionTopic.Proactive))
            return chain;
        var end = Math.Min(chain.Count > 1 ? chain[1].Start : text.Length, first.BodyStart + PublishedCountReach);
        if (end <= first.BodyStart || !PublishedCount().IsMatch(text.AsSpan(first.BodyStart, end - first.BodyStart))) return chain;
        // a part whose items name the proactive part as one of them ((一)主动公开总体情况, h250) covers more than it: the overview
        var bodyEnd = chain.Count > 1 ? chain[1].Start : text.Length;
        if (ProactiveItem().IsMatch(text.AsSpan(first.BodyStart, bodyEnd - first.BodyStart))) return chain;
        chain[0] = first with { Topic = SectionTopic.Proactive };
        return chain;
    }

    /// <summary>
    /// Round 16: a report of the year's work items only (一、领导高度重视,实行高位推动 / 二、完善工作制度,依法依规公开, h1206) — every
    /// part after the overview a heading whose words tell no topic, and no part of the templates at all: those parts are items
    /// of the work done, the overview (gold: a work-summary heading is the overview). One template part (主动公开…, 其他需要报告的事项)
    /// or one heading that tells its topic keeps them as they were; so does a first part titled as the templates' overview
    /// (一、总体情况 / 二、林草业生产工作完成情况, h626: the gold reads the second as Other).
    /// </summary>
    [GeneratedRegex("总体|概述|概况|基本情况")]
    private static partial Regex TemplateOverview();

    private static List<Candidate> WithWorkItemsAsOverview(List<Candidate> chain)
    {
        if (chain.Count < 2 || chain[0].Topic != SectionTopic.Overview || TemplateOverview().IsMatch(chain[0].Title)
            || !chain.Skip(1).All(c => !c.Known && c.Topic == SectionTopic.Other && !IsKnownOther(c.Title)))
            return chain;
        return chain.Select((c, i) => i == 0 ? c : c with { Topic = SectionTopic.Overview }).ToList();
    }

    /// <summary>How far into a generic first part its count of what was published is looked for (its opening paragraph).</summary>
    private const int PublishedCountReach = 300;

    /// <summary>The generic title of the disclosure work as a whole: (2014年)(本地区)(政府)信息公开情况, nothing else.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年度?)?(?:本地区|本单位)?(?:政府)?信息公开(?:工作)?情况$")]
    private static partial Regex GenericDisclosureTitle();

    /// <summary>An item of a part titled by the proactive part: (一)主动公开总体情况, （二）主动公开政府信息情况.</summary>
    [GeneratedRegex(@"[（(][一二三四五六七八九十][）)]\s*主动公开")]
    private static partial Regex ProactiveItem();

    /// <summary>A count of what was published: 更新信息371件, 主动公开信息政府信息数59条, 公开政府文件23件.</summary>
    [GeneratedRegex(@"(?:主动公开|公开|更新|发布)[^。；\n]{0,12}?(?:信息|文件)[^。；\n]{0,6}?\d+\s*(?:条|件|篇)")]
    private static partial Regex PublishedCount();

    /// <summary>What ends a title but is not part of it (三、依申请公开政府信息：): one array, not one a call.</summary>
    private static readonly char[] TitleEnd = [':', '：', ' ', '\u3000'];

    private sealed record Candidate(string Number, int Value, SectionTopic Topic, bool Known, string Title, int Start, int BodyStart);

    private static void AddHeadingLines(string text, List<TextLine> lines, List<Candidate> candidates)
    {
        foreach (var line in lines)
        {
            var lineText = line.Of(text);
            var trimmed = lineText.Trim().Trim('\u3000');
            var m = GenericHeadingLine().Match(trimmed);
            if (!m.Success && RunOnHeadingLine().Match(trimmed) is { Success: true } runOn && WorkSummaryTopic(runOn.Groups["title"].Value) is { } told)
            {
                // a work-summary heading run into its body on one line (一、加强交通重点领域政务公开。围绕…): its first
                // sentence is the title when its words tell the topic; it must continue the numbering like any generic heading
                var number = ChineseNumerals.Parse(runOn.Groups["num"].Value);
                var at = line.Start + lineText.IndexOf(trimmed, StringComparison.Ordinal);
                if (number is not null && !TableRowLabel().IsMatch(runOn.Groups["title"].Value) && !candidates.Any(c => c.Start == at))
                    candidates.Add(new Candidate(runOn.Groups["num"].Value, number.Value, told, false, runOn.Groups["title"].Value, at, at + runOn.Groups["title"].Index + runOn.Groups["title"].Length + 1));
                continue;
            }
            if (!m.Success || TableRowLabel().IsMatch(trimmed) || m.Groups["title"].Value.Contains('是')) continue;
            var value = ChineseNumerals.Parse(m.Groups["num"].Value);
            if (value is null) continue;
            var offset = line.Start + lineText.IndexOf(trimmed, StringComparison.Ordinal);
            if (candidates.Any(c => c.Start == offset)) continue;
            var title = m.Groups["title"].Value.TrimEnd(TitleEnd);
            if (PreambleTitle().IsMatch(title)) continue;
            var topic = TopicOfTitle(WithoutBracketedList(title)) ?? TopicOfTitle(title);
            // the body starts after a colon on the heading's line (三、依申请公开政府信息:无依申请公开的政府信息。)
            var colon = trimmed.AsSpan(m.Groups["title"].Index).IndexOfAny(':', '：');
            if (colon >= 0) colon += m.Groups["title"].Index;
            var bodyStart = colon >= 0 ? offset + colon + 1 : line.End;
            // a first heading whose words tell no topic (一、强化责任担当) opens the report with the year's work: the overview
            var untold = value.Value == 1 ? SectionTopic.Overview : SectionTopic.Other;
            candidates.Add(new Candidate(m.Groups["num"].Value, value.Value, topic ?? untold, topic is not null, title, offset, bodyStart));
        }
    }

    /// <summary>
    /// The titles of the 2019/2021 templates in their order, for a heading line whose number a crawl lost (<c>- 总体情况</c>):
    /// such a line is read as the section its place in the template gives.
    /// </summary>
    private static readonly (string Title, int Value, SectionTopic Topic)[] OrderedTemplateTitles =
    [
        ("总体情况", 1, SectionTopic.Overview), ("概述", 1, SectionTopic.Overview), ("概况", 1, SectionTopic.Overview), ("基本情况", 1, SectionTopic.Overview),
        ("主动公开政府信息情况", 2, SectionTopic.Proactive),
        ("收到和处理政府信息公开申请情况", 3, SectionTopic.Applications),
        ("政府信息公开行政复议、行政诉讼情况", 4, SectionTopic.ReviewLitigation),
        ("存在的主要问题及改进情况", 5, SectionTopic.Problems),
        ("其他需要报告的事项", 6, SectionTopic.Other), ("其他需报告的事项", 6, SectionTopic.Other),
    ];

    /// <summary>A year (and the disclosure words) before an unnumbered part title: 2011年概况, 2012年度政府信息公开工作概述.</summary>
    [GeneratedRegex(@"^(?:19|20)\d{2}年度?(?:的)?(?:政府信息公开(?:工作)?(?:的)?)?")]
    private static partial Regex UnnumberedYear();

    /// <summary>A line bullet a converted page puts where the heading's number was (- 总体情况, • 总体情况), or the 、 a store left after dropping the numeral (、总体情况, h850).</summary>
    [GeneratedRegex(@"^[" + LineBullets.Chars + @"、][ \u3000]*")]
    private static partial Regex LineBullet();

    /// <summary>A line that is exactly a template title with its number lost (bare or after a bullet), where no numbered heading was found.</summary>
    private static void AddUnnumberedTitleLines(string text, List<TextLine> lines, List<Candidate> candidates)
    {
        foreach (var line in lines)
        {
            var lineText = line.Of(text);
            var trimmed = lineText.Trim().Trim('\u3000');
            // an old template's part title may carry the year (2011年概况) where a number would stand
            var bare = UnnumberedYear().Replace(LineBullet().Replace(trimmed, "").TrimEnd(TitleEnd), "");
            var known = OrderedTemplateTitles.FirstOrDefault(t => t.Title == bare);
            if (known.Title is null) continue;
            var offset = line.Start + lineText.IndexOf(trimmed, StringComparison.Ordinal);
            if (candidates.Any(c => c.Start >= line.Start && c.Start < Math.Max(line.End, line.Start + 1))) continue;
            candidates.Add(new Candidate(ChineseNumerals.Format(known.Value), known.Value, known.Topic, true, bare, offset, line.End));
        }
    }

    /// <summary>A heading the end of a stored page cut short, when the words left belong to the titles of one topic only.</summary>
    private static void AddCutHeading(string text, List<Candidate> candidates)
    {
        var m = CutHeadingAtEnd().Match(text);
        if (!m.Success || candidates.Any(c => c.Start == m.Index && c.Known)) return;
        var value = ChineseNumerals.Parse(m.Groups["num"].Value);
        var cut = m.Groups["title"].Value;
        // the words left must tell more than the disclosure words every title shares (五、因政府信息公 tells nothing; 三、收到 does)
        if (value is null || cut.Length < 2 || SharedTitleWords().Replace(cut, "").Length < 2) return;
        if (TopicStartedBy(cut) is not { } topic) return;
        candidates.RemoveAll(c => c.Start == m.Index);
        candidates.Add(new Candidate(m.Groups["num"].Value, value.Value, topic, true, cut, m.Index, m.Index + m.Length));
    }

    /// <summary>A numbered line holding only the start of a title (一、概 with 述 dropped by the store, h1020).</summary>
    [GeneratedRegex(@"^(?<num>[一二三四五六七八九十]{1,3})[ \u3000]*[、.．][ \u3000]*(?<title>[一-龥]{1,3})$")]
    private static partial Regex CutHeadingLine();

    /// <summary>
    /// Round 14: a heading line a store cut inside its title (一、概 of 一、概述, h1020), anywhere in the text: read as the
    /// template topic whose titles start with the words left, when they are one topic's only and not the words all titles
    /// share (as <see cref="AddCutHeading"/> does at the end of a page).
    /// </summary>
    private static void AddCutHeadingLines(string text, List<TextLine> lines, List<Candidate> candidates)
    {
        foreach (var line in lines)
        {
            var lineText = line.Of(text);
            var trimmed = lineText.Trim().Trim('\u3000');
            var m = CutHeadingLine().Match(trimmed);
            if (!m.Success || ChineseNumerals.Parse(m.Groups["num"].Value) is not { } value) continue;
            var offset = line.Start + lineText.IndexOf(trimmed, StringComparison.Ordinal);
            if (candidates.Any(c => c.Start == offset)) continue;
            var cut = m.Groups["title"].Value;
            if (SharedTitleWords().Replace(cut, "").Length < cut.Length) continue;
            if (TopicStartedBy(cut) is { } topic) candidates.Add(new Candidate(m.Groups["num"].Value, value, topic, true, cut, offset, line.End));
        }
    }

    /// <summary>The one template topic whose titles (longer than the cut) start with a cut title's words, or null when none or several do.</summary>
    private static SectionTopic? TopicStartedBy(string cut)
    {
        var topics = TemplateTitles.Where(t => t.Title.StartsWith(cut, StringComparison.Ordinal) && t.Title.Length > cut.Length)
            .Select(t => t.Topic).Distinct().ToList();
        return topics.Count == 1 ? topics[0] : null;
    }

    /// <summary>The words most titles share (因…政府信息公开…的): a cut heading that keeps only these tells no topic.</summary>
    [GeneratedRegex("[因的]|政府|信息|公开|公")]
    private static partial Regex SharedTitleWords();

    /// <summary>
    /// An item of a contents line: written with commas (一、概述,(一)…,二、主动公开政府信息情况,…), or with semicolons after
    /// a colon (全文共六个部分:一、概述;二、主动公开政府信息情况;…;六、附件:…统计表。): a heading never follows a semicolon.
    /// </summary>
    private static bool IsContentsItem(string text, Match m)
    {
        var before = m.Index - 1;
        while (before >= 0 && text[before] is ' ' or '\u3000') before--;
        var after = m.Index + m.Length;
        if (before < 0) return false;
        if (text[before] is ';' or '；') return true;
        if (text[before] is ',' or '，' && LastOfContents(text, before)) return true;
        return text[before] is ',' or '，' or ':' or '：' && after < text.Length && text[after] is ',' or '，' or ';' or '；';
    }

    /// <summary>
    /// Round 16: the last item of a contents sentence, after the others' commas (本报告分为六个部分:一、总体情况,…,五、…,六、其他需要报告的
    /// 事项。, h1230): the sentence before it, from its start, ends with a numbered item and its comma — no heading does.
    /// </summary>
    private static bool LastOfContents(string text, int comma)
    {
        var start = text.LastIndexOfAny(['。', '\n'], comma) + 1;
        return PreviousContentsItem().IsMatch(text.AsSpan(start, comma + 1 - start));
    }

    /// <summary>A numbered item of a contents sentence ending in its comma (五、存在的主要问题及改进措施,), after a list mark or a colon.</summary>
    [GeneratedRegex(@"[:：,，][ \u3000]*[一二三四五六七八九十]{1,3}[、.．][^。,，:：]{2,30}[,，]$")]
    private static partial Regex PreviousContentsItem();

    /// <summary>A heading followed by a comma (一、概述,(一)…) that is written again later with its text: the first is a contents entry.</summary>
    private static bool IsListedAndRepeated(string text, Candidate c, List<Candidate> candidates)
    {
        var after = c.BodyStart;
        while (after < text.Length && text[after] is ' ' or '\u3000') after++;
        return after < text.Length && text[after] is ',' or '，'
            && candidates.Any(o => o.Start > c.Start && o.Value == c.Value && o.Topic == c.Topic);
    }

    /// <summary>
    /// Headings listed close together as contents (no sentence between them) and then written again with their bodies:
    /// the listed ones are dropped, so the sections are the ones with text.
    /// </summary>
    private static List<Candidate> WithoutContentsList(List<Candidate> candidates)
    {
        var chain = Chain(candidates);
        if (chain.Count < 3) return candidates;
        var span = chain[^1].Start - chain[0].Start;
        var restart = candidates.FirstOrDefault(c => c.Start > chain[^1].Start && c.Value == chain[0].Value && c.Topic == chain[0].Topic);
        if (restart is null || span > 80 * chain.Count) return candidates;
        return candidates.Where(c => c.Start >= restart.Start).ToList();
    }

    /// <summary>Keeps headings whose numbers strictly increase; generic (unknown-title) headings only when they continue the numbering by one.</summary>
    private static List<Candidate> Chain(List<Candidate> candidates)
    {
        var chosen = new List<Candidate>();
        var last = 0;
        // a list numbered 一、二、 again inside a part (h455: 一、完善…: / 二、加强…: under 一's (三)): until a known heading,
        // the generic lines after the restart continue that list, not the parts
        var restarted = false;
        foreach (var c in candidates)
        {
            var generic = !c.Known && !IsKnownOther(c.Title);
            if (c.Value <= last)
            {
                restarted |= c.Value == 1 && generic;
                continue;
            }
            if (generic && (c.Value != last + 1 || restarted)) continue;
            chosen.Add(c);
            last = c.Value;
            restarted = false;
        }
        return chosen;
    }

    private static bool IsKnownOther(string title) =>
        title.Contains("其他需要报告") || title.Contains("其他需报告") || title.Contains("收费") || title.Contains("咨询") || title.Contains("收支") || title.Contains("解读") || title.Contains("回应") || title.Contains("表");

    private static SectionTopic TopicOf(Match m) =>
        m.Groups["overview"].Success ? SectionTopic.Overview
        : m.Groups["proactive"].Success ? SectionTopic.Proactive
        : m.Groups["applications"].Success ? SectionTopic.Applications
        : m.Groups["review"].Success ? SectionTopic.ReviewLitigation
        : m.Groups["problems"].Success ? SectionTopic.Problems
        : SectionTopic.Other;

    /// <summary>
    /// A heading that says only 政府信息公开情况 / 公开政府信息情况 (no 主动): its own words when they tell another topic
    /// (一、政府信息公开情况概述 is the overview); as the first section it opens the report and covers the year's work as a
    /// whole (一、2014年政府信息公开情况 → overview, gold rule); later it reports what was published (二、… → proactive).
    /// </summary>
    private static SectionTopic GeneralDisclosureTopic(string title, int value) =>
        TopicOfTitle(title) is { } own && own != SectionTopic.Proactive ? own
        : value == 1 ? SectionTopic.Overview
        : SectionTopic.Proactive;

    /// <summary>A title without the list of contents it carries in brackets (依申请公开(申请情况、申请处理、收费和减免) → 依申请公开).</summary>
    private static string WithoutBracketedList(string title) => BracketedList().Replace(title, "");

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex BracketedList();

    /// <summary>
    /// The topic of a work-summary title (a task the year's work did): never the problems part, whose run-on headings the
    /// template words find (存在的主要问题…); 加强和改进政策解读工作 improves a task, it lists no problem.
    /// </summary>
    private static SectionTopic? WorkSummaryTopic(string title) =>
        TitleTopics.Where(t => t.Topic != SectionTopic.Problems).FirstOrDefault(t => t.Words.IsMatch(title)) is { Words: not null } found ? found.Topic : null;

    /// <summary>The topic a title's words tell, or null when they tell none.</summary>
    private static SectionTopic? TopicOfTitle(string title)
    {
        foreach (var (words, topic) in TitleTopics)
            if (words.IsMatch(title)) return topic;
        return null;
    }

    /// <summary>
    /// On a line of its own (or nearly) the title is the rest of the line; run into flowing text it is the recognised wording only.
    /// </summary>
    private static (string Title, int BodyStart) TitleOf(string source, Match m)
    {
        var titleStart = m.Groups["num"].Index + m.Groups["num"].Length;
        if (source.AsSpan(titleStart).StartsWith("部分")) titleStart += 2;
        while (titleStart < source.Length && source[titleStart] is '、' or '.' or '．' or '，' or ',' or ' ' or '\t' or '\u3000' or '：' or ':') titleStart++;
        var lineEnd = source.IndexOf('\n', m.Index);
        if (lineEnd < 0) lineEnd = source.Length;
        var rest = source[titleStart..lineEnd];
        var restTrimmed = rest.TrimEnd();
        if (AtLineStart(source, m.Index) && restTrimmed.Length <= 40 && !restTrimmed.Contains('。') && !restTrimmed.Contains('\t'))
        {
            var title = restTrimmed.Trim().TrimEnd(TitleEnd);
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
