using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// Round 12: one scored search for the issuing body over the whole text, the general fallback of
/// <see cref="AgencyLocator"/> when no lead, compiler, 来源 line, signature, contact or subject names it. A candidate is a
/// body named in full (a central opener or a run of places, then its own name and a body word of
/// <see cref="AgencyName.Suffix"/>: 临泽县审计局, 大兴区委社会工委区民政局, 江门市交通运输局) at a word boundary — after a mark, a
/// function word or a preposition (通过江门市交通运输局网站), outside a quoted document's title — or the issuer of a
/// document the text says it issued (制定了《XX局政府信息公开工作制度》). Each mention scores by where it is written: the title and the lead (the first
/// <see cref="HeadLength"/> characters) most, the first paragraphs next, the closing lines (signature, contact) as much
/// as the first paragraphs, the rest of the body least; the best-scoring name of the kind the text speaks as wins when it
/// reaches <see cref="MinScore"/> and beats every other.
/// </summary>
internal static partial class AgencyCandidates
{
    /// <summary>The title and the lead sentence: a name written here is most likely the reporting body's.</summary>
    private const int HeadLength = 300;

    /// <summary>The first paragraphs (section 一's opening): a name here is more likely the body's than one further on.</summary>
    private const int FirstParagraphsLength = 1500;

    /// <summary>The closing lines: signature, contact sentence, 来源 at the foot of a page.</summary>
    private const int TailLength = 400;

    private const int HeadWeight = 3;
    private const int FirstParagraphsWeight = 2;
    private const int TailWeight = 2;
    private const int BodyWeight = 1;

    /// <summary>A name must score at least this (two mentions in the body, or one in the first paragraphs) and beat every other.</summary>
    internal const int MinScore = 2;

    /// <summary>
    /// A body named in full in running text: a central opener or a run of places, then its own name and an organisation
    /// or township word (姚安县农业农村局, 国家统计局, 云岩区中华路街道办事处); it starts at a word boundary (no ideograph, a
    /// function word, a preposition of the sentence); not a body the text names as sending a notice or leading it.
    /// </summary>
    /// <remarks>
    /// A place is two or three characters before 省, two to four before 市/县/区/旗 (乌鲁木齐市, 呼和浩特市), longer only
    /// before 自治区/自治州/自治县/自治旗/地区/盟, and holds no word of the sentence (全, 各, 该, 有 …): 我局公开信息的形式主要有省水利厅网站
    /// names no place 形式主要有省 (p305).
    /// </remarks>
    [GeneratedRegex(@"(?<=^|[^一-龥]|[" + SentenceCharacters.Particles + "]|(?:" + AgencyName.SentencePrepositions + @"|以来))(?<org>(?:国家|中华人民共和国|(?:" + PlaceChar + "{2,3}?省|" + PlaceChar + "{2,4}?(?:市|县|区|旗)|" + PlaceChar + @"{2,9}?(?:自治区|自治州|自治县|自治旗|州|地区|盟))+)[一-龥-[" + SentenceCharacters.NotInName + @"]]{2,20}?(?:局|委员会|厅|中心|署|部|办公室|街道办事处|街道|乡|镇)" + AgencyName.NotInsideAWord + @")(?!关于|[的]?(?:正确)?(?:领导|指导|要求|部署|统一|转发|印发))")]
    internal static partial Regex MentionedName();

    /// <summary>A character of a place's name: no function word and no word of the sentence around it.</summary>
    private const string PlaceChar = "[一-龥-[" + SentenceCharacters.NotInPlace + "]]";

    /// <summary>The candidates of <paramref name="text"/> (the compact text) with their scores, best first.</summary>
    internal static List<(string Name, int Score)> Scored(string text)
    {
        // a name inside a document's title (根据《XX局…制度》) is the document's: only a document the text says it issued counts
        var mentioned = MentionedName().Matches(text).Where(m => !RegionResolver.InDocumentTitle(text, m.Index)).Select(m => (Name: AgencyName.Clean(m.Groups["org"].Value), Score: Weight(m.Index, text.Length)));
        var issued = AgencyLocator.IssuedDocuments(text).Select(d => (d.Name, Score: AgencyLocator.OwnDocumentWeight * Weight(d.Index, text.Length)));
        var grouped = mentioned.Concat(issued).Where(c => c.Name is not null && !c.Name.Contains('我') && !c.Name.Contains('本'))
            .GroupBy(c => c.Name!).Select(g => (Name: g.Key, Score: g.Sum(c => c.Score)));
        return WithPlacesKept(grouped).OrderByDescending(g => g.Score).ToList();
    }

    /// <summary>
    /// Round 16: a body named without its places (机关事务管理局, in 《机关事务管理局…制度》) and the one name the text writes with
    /// them (辽宁省机关事务管理局, in its own 《辽宁省机关事务管理局2019年…方案》) are one body: the bare name's score counts for the
    /// placed name (h1248), so the places the text writes are kept. Only when exactly one placed name has that own name.
    /// </summary>
    internal static IEnumerable<(string Name, int Score)> WithPlacesKept(IEnumerable<(string Name, int Score)> scores)
    {
        var all = scores.ToList();
        var placed = all.Where(c => AgencyName.OwnName(c.Name) != c.Name).ToLookup(c => AgencyName.OwnName(c.Name), c => c.Name);
        var into = all.Where(c => placed[c.Name].Count() == 1).ToDictionary(c => c.Name, c => placed[c.Name].Single());
        return all.GroupBy(c => into.GetValueOrDefault(c.Name, c.Name)).Select(g => (Name: g.Key, Score: g.Sum(c => c.Score)));
    }

    /// <summary>
    /// The best-scoring body of the kind the text speaks as (<paramref name="self"/>; any kind when it does not say), or
    /// null when none reaches <see cref="MinScore"/> or two tie.
    /// </summary>
    internal static string? Best(string text, AgencyKind self)
    {
        var scores = Scored(text).Where(c => self == AgencyKind.Unknown || AgencyName.KindOf(c.Name) == self).ToList();
        if (scores.Count == 0 || scores[0].Score < MinScore || (scores.Count > 1 && scores[1].Score == scores[0].Score)) return null;
        return scores[0].Name;
    }

    /// <summary>What a mention at <paramref name="index"/> counts for, by where it is written.</summary>
    private static int Weight(int index, int length) =>
        index < HeadLength ? HeadWeight
        : index < FirstParagraphsLength ? FirstParagraphsWeight
        : index >= length - TailLength ? TailWeight
        : BodyWeight;
}
