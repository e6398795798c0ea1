using System.Text.RegularExpressions;
using SearchMining.Core.Domain;
using SearchMining.Core.Themes;

namespace SearchMining.Core.Parsing;

/// <summary>Cue rules for the kind of a section-五 statement (THEMES.md): headings and lead-ins set a context, cues decide the rest.</summary>
public static partial class StatementKindRules
{
    /// <summary>整改 done or under way; 整改措施 (a heading 存在问题及整改措施, 下一步整改措施) names the measures to come.</summary>
    [GeneratedRegex(@"整改(?!措施)")]
    private static partial Regex RectificationCue();

    /// <summary>A lead-in that says the problems exist (但还存在一些问题有待改进：, 仍存在需要提升改进之处，如：): its 改进 names no measure.</summary>
    [GeneratedRegex(@"存在[^。；，,]{0,16}?(?:问题|不足|差距|短板|之处)")]
    private static partial Regex ProblemLeadIn();

    [GeneratedRegex(@"改进|措施|下一步|下步|打算|计划|今后|将(?:从|采取|切实|着力|进一步|继续|重点)")]
    private static partial Regex MeasureHeadingCue();

    [GeneratedRegex(@"问题|不足|困难|差距|表现在|短板")]
    private static partial Regex ProblemHeadingCue();

    /// <summary>Future commitments that override a problem context.</summary>
    [GeneratedRegex(@"下一步|下步|(?:我们|我局|我市|我区|我县|我乡|我镇|街道|本机关|本单位)?将(?:从|采取|切实|着力|进一步|继续|持续|重点|加强|加大|不断|全面|以|围绕|积极|深入|严格|认真|坚持|结合|强化|做好|推动|推进|提升|抓好)")]
    private static partial Regex StrongMeasureCue();

    /// <summary>A shortcoming word of <see cref="ThemeVocabulary.ShortcomingWords"/> (不够, 不足, 有待, 滞后, 问题 …).</summary>
    private static readonly Regex ShortcomingCue = new(string.Join('|', ThemeVocabulary.ShortcomingWords.Select(Regex.Escape)), RegexOptions.Compiled);

    private static Regex ProblemCue() => ShortcomingCue;

    [GeneratedRegex(@"^(?:加强|强化|提升|提高|优化|完善|推进|深化|丰富|拓展|拓宽|扩大|持续|进一步|做好|建立|健全|规范|坚持|创新|加大|全面|严格|定期|深入|积极|着力|注重|落实|抓好|压实|增强|力争)")]
    private static partial Regex MeasureVerbStart();

    [GeneratedRegex(@"以下|如下")]
    private static partial Regex LeadInCue();

    /// <summary>Context a heading (（三）改进措施, 三、存在的困难和问题) gives to the statements under it, or null for a mixed heading.</summary>
    /// <summary>What was already done about the problems: 针对上述问题，我局及时进行了改进 / 已整改 / 整改到位.</summary>
    [GeneratedRegex(@"(?:进行了|作了|做了|开展了|采取了|已经|已)[^。；，,]{0,8}?(?:改进|整改|纠正|完善)|整改(?:情况|到位|完成)|(?:改进|整改)(?:了|完毕)")]
    private static partial Regex DoneCue();

    /// <summary>A promise for the future: 下一步整改措施, 将…, 计划 — a measure even when it speaks of 整改.</summary>
    [GeneratedRegex(@"下一步|下步|今后|明年|将(?!近)|计划|打算")]
    private static partial Regex FutureCue();

    private static bool IsRectification(string text) =>
        (RectificationCue().IsMatch(text) || DoneCue().IsMatch(text)) && !FutureCue().IsMatch(text);

    public static StatementKind? ContextOfHeading(string title)
    {
        if (IsRectification(title)) return StatementKind.Rectification;
        var measure = MeasureHeadingCue().IsMatch(title);
        var problem = ProblemHeadingCue().IsMatch(title);
        if (measure && problem) return null;
        if (measure) return StatementKind.Measure;
        if (problem) return StatementKind.Problem;
        return null;
    }

    [GeneratedRegex(@"存在|问题|整改|改进|措施|打算|计划|下一步|下步")]
    private static partial Regex HeadingWord();

    /// <summary>（二）2024 年存在问题, （三）改进措施 — but not an item title such as 主动意识不足.</summary>
    public static bool IsContextHeading(string title) => title.Length <= 20 && HeadingWord().IsMatch(title) && ContextOfHeading(title) is not null;

    /// <summary>A sentence that only introduces a list: 下一步，将从以下几个方面改进： / 主要表现在：</summary>
    public static bool IsLeadIn(string sentence)
    {
        var s = sentence.TrimEnd();
        return s.EndsWith('：') || s.EndsWith(':') || (s.Length <= 60 && LeadInCue().IsMatch(s));
    }

    public static StatementKind? ContextOfLeadIn(string sentence)
    {
        if (IsRectification(sentence)) return StatementKind.Rectification;
        if (ProblemLeadIn().IsMatch(sentence) && !StrongMeasureCue().IsMatch(sentence)) return StatementKind.Problem;
        if (MeasureHeadingCue().IsMatch(sentence) || StrongMeasureCue().IsMatch(sentence)) return StatementKind.Measure;
        if (ProblemHeadingCue().IsMatch(sentence) || ProblemCue().IsMatch(sentence)) return StatementKind.Problem;
        return null;
    }

    [GeneratedRegex(@"^\s*(?:下一步|下步|下阶段|下一阶段|今后|针对|为此|对此|为进一步|\d{4}\s*年)")]
    private static partial Regex IntroStart();

    /// <summary>
    /// A short general sentence right before a list of measures (下一步，我局将严格按照要求全力做好政府信息公开工作。/
    /// 针对上述问题，在今后的工作中，我局将…): it introduces the items, it is not a promise of its own.
    /// </summary>
    public static bool IsListIntro(string sentence) =>
        sentence.Trim().Length <= 80 && IntroStart().IsMatch(sentence) && FutureCue().IsMatch(sentence) && !IsRectification(sentence);

    [GeneratedRegex(@"^[^，。；：,]{0,10}?(?:改进措施|整改措施|整改情况|存在的?主要?问题(?:和困难)?|主要问题(?:和困难)?|问题和困难|工作打算|工作计划|工作思路|改进情况|努力方向)(?=[^，。；：,\s])")]
    private static partial Regex RunOnHeading();

    /// <summary>Length of a context heading run on into its text without a break (（二）下一步改进措施针对上述问题，…), or 0.</summary>
    public static int RunOnHeadingLength(string title)
    {
        var m = RunOnHeading().Match(title);
        return m.Success && IsContextHeading(m.Value) ? m.Length : 0;
    }

    public static bool IsStrongMeasure(string text) => StrongMeasureCue().IsMatch(text);

    [GeneratedRegex(@"\G\s*(?:下一步|下步|今后)")]
    private static partial Regex CommitmentStart();

    /// <summary>A clause starting at <paramref name="at"/> opens a commitment (下一步…, 下步打算…, 今后…).</summary>
    public static bool StartsCommitment(string text, int at) => CommitmentStart().IsMatch(text, at);

    /// <summary>Kind of a statement with no context from a heading or lead-in.</summary>
    /// <summary>今后 on its own: a measure, unless the sentence states a problem (…还需要在今后工作中改进).</summary>
    [GeneratedRegex(@"今后")]
    private static partial Regex WeakMeasureCue();

    public static StatementKind FromCues(string text, StatementKind fallback)
    {
        var body = text.TrimStart();
        if (StrongMeasureCue().IsMatch(body)) return StatementKind.Measure;
        if (RectificationCue().IsMatch(body) || DoneCue().IsMatch(body)) return StatementKind.Rectification;
        if (ProblemCue().IsMatch(body)) return StatementKind.Problem;
        if (WeakMeasureCue().IsMatch(body)) return StatementKind.Measure;
        if (MeasureVerbStart().IsMatch(StripMarker(body))) return StatementKind.Measure;
        return fallback;
    }

    /// <summary>The text opens with a measure verb (加强, 完善, 进一步 …).</summary>
    public static bool StartsWithMeasureVerb(string text) => MeasureVerbStart().IsMatch(text.TrimStart());

    private static string StripMarker(string text)
    {
        var m = TextPatterns.LineStartMarker().Match(text);
        return m.Success ? text[m.Length..].TrimStart() : text;
    }
}
