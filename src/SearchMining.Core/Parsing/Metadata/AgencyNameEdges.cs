using System.Buffers;
using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// Round 14: the one place where any reader's answer is cut to the name it holds — the words a sentence writes at the
/// name's edges, never part of a name. Before it: a written year (2019年, 二〇一九年度), a conjunction (以及, 并且, 及), a
/// preposition (通过, 按照, 根据 … <see cref="AgencyName.SentencePrepositions"/>) or a verb of the sentence (汇总市外办,
/// 报宁国市财政局, 文包括阿拉善盟…, 同时金平县…) when what follows is a name of the same kind that opens with its place or
/// level word; after it: the rest of the sentence once it holds a word no name holds (宜城市教育局依托全市统一的政府 →
/// 宜城市教育局), or the body's own name written again (凉州区四坝镇人民政府四坝镇). Round 13's per-reader table found these
/// edges in every low-precision reader's wrong answers (docs/PARSING.md "Round 14"): <see cref="AgencyName.Clean"/> and
/// the parser's completion of every reader's answer (<c>ReportParser.Complete</c>) both go through <see cref="Trim"/>.
/// </summary>
internal static partial class AgencyNameEdges
{
    /// <summary>Verbs a sentence writes right before the body it names (汇总, 包括, 联系, 报送, 编制 …), as alternatives.</summary>
    internal const string SentenceVerbs = "包括|联系|报送|上报|汇总|紧抓|同时|完成|制定|编制|转发|组织|指导|督促|要求";

    /// <summary>A year, a conjunction or a preposition glued before a name (AgencyName's rule before round 14, moved here).</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d\d年度?|[〇○零０Ｏ一二三四五六七八九]{1,4}年度?|年度?|度|以及|并且|及|" + AgencyName.SentencePrepositions + @")(?=[一-龥]{2,})")]
    private static partial Regex GluedLead();

    /// <summary>A verb of the sentence before a name, maybe after the last character of the word before it (全文包括…), or 报 alone (报宁国市财政局; not the 报 of 报告潮州市教育局, whose 报告 the glued-text rule takes off whole).</summary>
    [GeneratedRegex(@"^[一-龥]?(?:" + SentenceVerbs + @")|^报(?!告)(?=[一-龥]{3,})")]
    private static partial Regex LeadingVerb();

    /// <summary>
    /// Round 23: a metadata line's label glued before a name — 公报标题黄石市卫健委 (公报标题 / 主办单位 lines of a gazette page):
    /// what ends with 标题 before a name that opens with its place or level word is no part of it. Round 24: so is a site's
    /// name a sentence writes before the column it points to (可在揭陽市政府信息公開目錄系統網站揭陽市科學技術局…欄目下載, h1706
    /// → 目錄系統網站 + 揭陽市科學技術局); a portal's column line (门户网站 部门 宝鸡市体育局, h906) stays, since what follows its
    /// 网站 is the column's word 部门, not a name that opens with its place.
    /// </summary>
    [GeneratedRegex(@"^[一-龥]{0,6}?(?:标题|標題|网站|網站)")]
    private static partial Regex LeadingLabel();

    /// <summary>A name's body word (the first one), after which the sentence may go on.</summary>
    [GeneratedRegex(@"^[一-龥]{2,30}?(?:人民政府|街道办事处|委员会|办公室|办公厅|局|厅|中心)")]
    private static partial Regex FirstBody();

    /// <summary>Characters of a sentence no name holds after its body word (的, 在, 对, 将, 全, 各 …; not 和/与/及, which names hold).</summary>
    private static readonly SearchValues<char> SentenceAfterName = SearchValues.Create("的了是为在对向由将把从我本全各该");

    /// <summary>The name without the sentence's words at its edges; the name itself when nothing is cut.</summary>
    public static string Trim(string name, bool title = false)
    {
        if (GluedLead().Match(name) is { Success: true } glued && AgencyName.IsPlausible(name[glued.Length..], title)) name = name[glued.Length..];
        if (LeadingVerb().Match(name) is { Success: true } verb && OpensAName(name[verb.Length..], name, title)) name = name[verb.Length..];
        if (LeadingLabel().Match(name) is { Success: true } label && OpensWithItsPlace(name[label.Length..], name, title)) name = name[label.Length..];
        if (FirstBody().Match(name) is { Success: true } body && body.Length < name.Length)
        {
            var (head, tail) = (name[..body.Length], name[body.Length..]);
            var sentence = tail.AsSpan().IndexOfAny(SentenceAfterName) >= 0;
            var again = tail.Length >= 2 && AgencyName.OwnName(head).StartsWith(tail, StringComparison.Ordinal);
            if ((sentence || again) && AgencyName.IsPlausible(head, title) && !tail.StartsWith('（') && !tail.StartsWith('(')) name = head;
        }
        return name;
    }

    /// <summary>What follows a label is a name on its own that opens with its place (揭陽市…, not 部门宝鸡市… of a portal's column line).</summary>
    private static bool OpensWithItsPlace(string rest, string name, bool title) =>
        OpensAName(rest, name, title) && PlaceName.Of(rest) is { } p && (p.Province ?? p.City ?? p.County) is { } place
        && rest.StartsWith(place, StringComparison.Ordinal);

    /// <summary>What follows a verb is a name on its own: plausible, of the same kind, opening with a place or a level word.</summary>
    private static bool OpensAName(string rest, string name, bool title) =>
        rest.Length >= 3 && AgencyName.IsPlausible(rest, title) && AgencyName.KindOf(rest) == AgencyName.KindOf(name)
        && (PlaceName.LevelWords.Contains(rest[0]) || PlaceName.Of(rest) is { } p && (p.Province ?? p.City ?? p.County) is not null);
}
