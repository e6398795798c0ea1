using System.Globalization;
using System.Text.RegularExpressions;
using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;

namespace SearchMining.Core.Parsing.Matters;

/// <summary>Fees and proposal counts of section 六 (or of the fees part of an older template).</summary>
public static partial class OtherMattersExtractor
{
    [GeneratedRegex(@"[^。\n]*(?:收取|收费|处理费|费用)[^。\n]*[。]?")]
    private static partial Regex FeeSentence();

    [GeneratedRegex(@"收取[^。\n]{0,30}?(?:费|费用)[^。\n\d]{0,6}?(?<amount>\d+(?:\.\d+)?)\s*(?<unit>万元|元)")]
    private static partial Regex FeeAmount();

    [GeneratedRegex(@"(?:未|没有|无|不)[^。\n]{0,12}?收[取费]|(?:未|没有|无)(?:产生|发生)[^。\n]{0,12}?费|收取[^。\n]{0,16}?(?:均为|为)\s*0|(?:费用|收费)[^。\n]{0,4}?情况无|收费[^。\n]{0,6}?无|收费[^。\n]{0,10}?情况[:：]\s*无")]
    private static partial Regex NoFee();

    [GeneratedRegex(@"信息处理费|处理费|任何费用|公开[^。\n]{0,12}?费|费用[^。\n]{0,6}?情况|收费及减免|收费情况|收取[^。\n]{0,10}?费")]
    private static partial Regex FeeTopic();

    /// <summary>The fee row of the old statistics table (政府信息公开收费减免金额 元 0 0, flattened 元00): this year's column first.</summary>
    [GeneratedRegex(@"收费(?:及|和|与)?减免(?:金额|总额)\s*[|\t]?\s*(?:元|条)?\s*[|\t]?\s*(?<cells>\d+(?:\.\d+)?(?:[ \t|]+\d+(?:\.\d+)?)*)")]
    private static partial Regex FeeTableRow();

    [GeneratedRegex(@"(?:人大)?代表建议(?:共计)?(?<n>\d+)\s*[件项]|(?<n>\d+)\s*[件项](?:人大代表)?建议")]
    private static partial Regex Suggestions();

    [GeneratedRegex(@"(?:政协)?委员提案(?:共计)?(?<n>\d+)\s*[件项]|(?<n>\d+)\s*[件项](?:政协委员)?提案")]
    private static partial Regex Proposals();

    /// <summary>Reads <paramref name="sectionText"/> first, then the rest of the report for fees stated elsewhere (总体情况 often says 未收取任何费用).</summary>
    public static OtherMatters? Extract(string? sectionText, string wholeText)
    {
        var (fees, feesText) = Fees(sectionText) is { Text: not null } found ? found : FreeService(sectionText) is { Text: not null } free ? free
            : Fees(wholeText) is { Text: not null } anywhere ? anywhere : FeeInTable(wholeText);
        var suggestions = Count(Suggestions(), sectionText ?? "");
        var proposals = Count(Proposals(), sectionText ?? "");
        if (fees is null && feesText is null && suggestions is null && proposals is null) return null;
        return new OtherMatters { FeesYuan = fees, FeesText = feesText, DeputySuggestions = suggestions, CommitteeProposals = proposals };
    }

    /// <summary>
    /// Round 16: the sentence that lists the report's parts (本年报由信息公开工作概述,主动公开情况,…,公开的收费和减免情况,…组成, h1221;
    /// 报告内容包括概述、…、信息公开收费及减免情况、…, h1240) names the fees part, it states no fee (gold: null) — its 不予公开
    /// … 收费 is no 不收费.
    /// </summary>
    private static bool IsContentsSentence(string sentence) =>
        PartsListed().IsMatch(sentence) && sentence.Split("情况").Length > 3;

    [GeneratedRegex("组成|包括|分为|由[^。]{0,12}?概述")]
    private static partial Regex PartsListed();

    /// <remarks>Round 24: matched on the text folded to Simplified (收費 of a Traditional copy, h1706), cut from the text as written.</remarks>
    private static (decimal? Yuan, string? Text) Fees(string? written)
    {
        if (string.IsNullOrEmpty(written)) return (null, null);
        var text = ChineseCharacterFold.Fold(written);
        foreach (Match s in FeeSentence().Matches(text))
        {
            var sentence = s.Value.Trim();
            if (!FeeTopic().IsMatch(sentence) || sentence.Contains("行政事业性收费") || IsContentsSentence(sentence)) continue;
            var amount = FeeAmount().Match(sentence);
            if (amount.Success)
            {
                var value = decimal.Parse(amount.Groups["amount"].Value, CultureInfo.InvariantCulture);
                if (amount.Groups["unit"].Value == "万元") value *= 10000m;
                return (value, Written(written, s));
            }
            if (NoFee().IsMatch(sentence)) return (0m, Written(written, s));
        }
        return (null, null);
    }

    /// <summary>
    /// Round 24: the fees part that states the service is free without naming a fee (四、公开政府信息的收费及减免情况 /
    /// 2016年,我局所有的公开政府信息,一律实行免费服务。, h1706): no fee, 0 — read in the fees part only, after its fee
    /// sentences (a 免费 elsewhere, 免费赠阅 of a proactive part, states no fee).
    /// </summary>
    private static (decimal? Yuan, string? Text) FreeService(string? written) =>
        string.IsNullOrEmpty(written) || FreeSentence().Match(ChineseCharacterFold.Fold(written)) is not { Success: true } m ? (null, null) : (0m, Written(written, m));

    /// <summary>What a match on the folded text covers in the text as written (the fold keeps every offset).</summary>
    private static string Written(string written, Match m) => written.Substring(m.Index, m.Length).Trim();

    [GeneratedRegex(@"[^。\n]*(?:信息|申请)[^。\n]*?(?:一律|均|全部|全都|都)(?:实行|实施|予以|为|是)?免费[^。\n]*[。]?")]
    private static partial Regex FreeSentence();

    /// <summary>
    /// The fee of an attached statistics table: the first cell when the cells are apart, or 0 when a flattened run is
    /// all zeros (元00: this year and all years 0); a run of other digits cannot be split and gives nothing.
    /// </summary>
    private static (decimal? Yuan, string? Text) FeeInTable(string text)
    {
        var m = FeeTableRow().Match(text);
        if (!m.Success) return (null, null);
        var cells = m.Groups["cells"].Value.Split([' ', '\t', '|'], StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length == 1 && cells[0].Length > 1)
            return cells[0].All(c => c == '0') ? (0m, m.Value) : (null, null);
        return (decimal.Parse(cells[0], CultureInfo.InvariantCulture), m.Value);
    }

    private static int? Count(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        return m.Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }
}
