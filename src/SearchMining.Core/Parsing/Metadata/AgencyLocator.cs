using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// Finds the agency when the title does not name it, from the strongest evidence down: the lead sentence
/// (现公布XX2012年政府信息公开工作年度报告, 由XX编制), a page's 来源/发布机构 line or breadcrumb, the closing signature,
/// the 请与XX联系 sentence, the subject of the first sentence (2021年，冲口街道认真贯彻…), a township naming itself.
/// Names found in passing (signature, contact, subject) must agree with how the text speaks of itself (我局 → a
/// department, 我乡 → a township, 我县 → a government), so a contact office of another body is not taken.
/// </summary>
public static partial class AgencyLocator
{
    private const string Org = "(?<org>" + AgencyName.Pattern + ")";
    /// <summary>A year as a lead writes it: 2019年, 2019年度, or in Chinese numerals (二〇一九年, 二○一九年度, 二零一九年).</summary>
    private const string Year = @"(?:(?:(?:19|20)\d\d|[一二][〇○零０Ｏ九][〇○零０Ｏ一二三四五六七八九]{2})年度?)";
    private const string Alias = @"(?:[（(]以[下上]简称[^）)]{1,15}[）)])?";

    /// <summary>
    /// The report named by the text itself: after a verb that publishes or compiles it (现公布XX2012年…报告, 编制了2019年
    /// 清江浦区人民政府信息公开工作年度报告, 特向社会公开源城区2019年政府信息公开工作情况, 特编制昌江区商务局公开年度报告) or in book-title marks
    /// (《2020年度如东县水务局信息公开工作年度报告》已经研究同意). Round 20: or the work it reports on (向社会公布桃源镇2025年政府信息
    /// 公开工作开展情况, h1432).
    /// </summary>
    [GeneratedRegex(@"(?:(?:公布|发布|公开|印发|现将|现把|现就|报送|汇总)了?《?|(?:编制|编写|撰写)(?:了|的)?《?)" + Year + "?" + Org + Alias + Year + @"?(?:的)?(?:(?:政府|政务)?信息公开|公开(?=年度报告))(?:工作)?(?:年度)?(?:工作)?(?:的)?(?:报告|年报|工作情况|开展情况)")]
    private static partial Regex LeadSentence();

    /// <summary>The verbs of a lead sentence, which no name holds.</summary>
    [GeneratedRegex("公布|发布|印发|报送|向社会")]
    private static partial Regex LeadVerb();

    /// <summary>The report's own title quoted whole (《2020年度如东县水务局信息公开工作年度报告》, 《临北回族乡信息公开2018年度工作报告》), not a template's (《…年度报告格式》).</summary>
    [GeneratedRegex(@"《" + Year + "?" + Org + Alias + Year + @"?(?:的)?(?:政府|政务)?信息公开" + Year + @"?(?:工作)?(?:年度)?(?:工作)?(?:的)?(?:报告|年报)》")]
    private static partial Regex QuotedTitle();

    /// <summary>
    /// Round 17: the body whose year of work the report is compiled from (结合2021年泗阳县残疾人联合会政府信息公开工作编制而成,
    /// h1308; 结合木塔乡人民政府2024年政府信息公开工作编制): the report's own body, as a lead names it. The 政府 of 政府信息公开
    /// is no part of the name (泗阳县残疾人联合会, not …联合会政府); a people's, township's or town's 政府 is. A 联合会 (a
    /// disabled persons' federation) is a suffix word of <see cref="AgencyName.Suffix"/> since round 18.
    /// </summary>
    [GeneratedRegex(@"结合" + Year + "?" + @"(?<org>" + AgencyName.Pattern + ")" + @"(?<![^民乡镇]政府)" + Alias + Year + @"?(?:的)?(?:政府|政务)?信息公开工作(?:实际|情况)?编制")]
    private static partial Regex CompiledFromWork();

    /// <summary>
    /// The compiler: 由XX编制, 由XX根据…编制, 由台州湾经济技术开发区管委会结合有关统计数据编制. Round 20: or a section of the
    /// body's office (由无锡市锡山区人民政府厚桥街道党政办公室综合科编制, h1418: the office compiles for its street).
    /// </summary>
    [GeneratedRegex(@"由" + Org + Alias + @"(?:(?<=办公室)[一-龥]{1,4}?[科股])?(?:(?:根据|按照|结合)[^。]{0,160}?)?(?:编制|编写|制作|发布)")]
    private static partial Regex CompiledBy();

    /// <summary>The compiler written as the subject after the legal basis: …有关事项的通知》要求,唐村镇政府编制2020年政府信息公开年度报告 (…要求,绍兴市越城区东湖街道特编制…).</summary>
    [GeneratedRegex(@"(?<=要求|规定|精神)[，,]" + Org + Alias + @"特?(?:编制|编写)了?" + Year + "?(?:的)?(?:政府)?信息公开")]
    private static partial Regex SubjectCompiles();

    [GeneratedRegex(@"^[^。]{0,30}?(?:来源|发布机构|信息来源|发文机关|发布单位|发文单位|公开机构|来源单位)\s*[:：|]\s*\|?\s*(?<org>[一-龥（）()]{2,40}?)(?=$|[\s|,，;；:：【\[]|发布|时间|日期|索引|文号|浏览|访问|点击|作者|字号|编辑)")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"(?:门户网站|政府网站|网站|网|门户)$")]
    private static partial Regex SiteSuffix();

    /// <summary>A government's portal named in the text: 可在连平县人民政府网站下载, 邹城市人民政府门户网.</summary>
    [GeneratedRegex(@"(?<org>[一-龥]{2,24}?人民政府)(?:门户网站|门户网|网站|网)")]
    private static partial Regex PortalName();

    /// <summary>The words of the sentence before a portal's name (均依托應城市人民政府門戶網站, 可在XX人民政府网站下载).</summary>
    [GeneratedRegex(@"^.*(?:依托|通过|登录|登陆|访问|查阅|进入|浏览|点击|下载|可在|可从|可以在|可以从|刊登在|公布在|发布在|公开在)|^[在从于由向经即的]")]
    private static partial Regex PortalLead();

    /// <summary>A page footer naming the site's owner: 主办单位：XX人民政府办公室, 主办：XX.</summary>
    [GeneratedRegex(@"主办(?:单位)?\s*[:：]\s*(?<org>[一-龥（）()]{2,40}?)(?=$|[\s|,，;；]|承办|协办|技术|地址|联系|版权|电话)")]
    private static partial Regex FooterOwner();

    [GeneratedRegex(@"^(?<org>[一-龥（）()]{3,40}?(?:局|委员会|委|办公室|办公厅|厅|人民政府|政府|办事处|街道|管委会|中心|院|署|部|办))[\s　]*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$")]
    private static partial Regex SignatureLine();

    /// <summary>A contact sentence (请与XX联系, 请联系XX办公室(…)).</summary>
    /// <remarks>Round 18: also 可联系 / 可以联系 (如对本报告有疑问,可联系硚口区卫健局办公室(地址:…), h1331).</remarks>
    [GeneratedRegex(@"(?:可|请|直接|或|欢迎|可以|及时)与" + Org + @"(?<unit>[一-龥]{0,12}?)" + ContactPerson + "联系|(?:请|可|可以)联系[:：]?" + Org + @"(?<unit>[一-龥]{0,12}?)(?=[（(,，;；。:：]|电话|地址|联系)")]
    private static partial Regex ContactSentence();

    /// <summary>
    /// A person named after the contact office (…局办公室陈斌联系, h923): two or three characters after an office word, no
    /// part of the body's name.
    /// </summary>
    private const string ContactPerson = @"(?:(?<=办公室|科|股|中心)[一-龥]{2,3}?(?:同志|女士|先生)?)?";

    /// <summary>
    /// The subject of a sentence that opens with its year (2021年,冲口街道认真贯彻…) or with the report's legal basis
    /// (根据《条例》的规定,朝阳市司法局按照…), or that opens with the subject itself (五河县临北回族乡依据《条例》要求,…). Round 20:
    /// the subject after the circumstances that open the sentence (2021年,在市委、市政府坚强领导下,在省体育局的关心支持下,市体育局
    /// 坚持…, h904).
    /// </summary>
    [GeneratedRegex(@"(?:^|[。\n])\s*" + Org + @"(?=根据《|依据《)|(?:^|[。\n])\s*(?:" + Year + @"\s*(?:以来[，,]?|[，,])|(?:根据|依据)[^。\n]{2,120}?(?:规定|要求|精神)[，,])\s*(?:在[^。\n，,]{2,30}?下[，,]\s*)*" + Org + @"(?=以|认真|坚持|深入|按照|严格|全面|进一步|高度|始终|紧紧|围绕|积极|继续|在|的|政府信息公开|政务公开|信息公开|共|主动|切实|不断|扎实|持续|把|将|紧扣|聚焦|立足)")]
    private static partial Regex YearSubject();

    /// <summary>
    /// Round 14: a township or street as the subject right after the year with no comma (2021年东花市街道深入贯彻…, h1016:
    /// a street whose name holds 市, which the year-and-comma subject does not reach). Only a township's or street's name:
    /// the same verbs follow it as after <see cref="YearSubject"/>'s subject.
    /// </summary>
    [GeneratedRegex(@"(?:^|[。\n])\s*" + Year + @"(?<org>[一-龥-[" + SentenceCharacters.NotInsideAPlace + @"]]{2,10}?(?:街道办事处|街道|乡|镇))(?=认真|坚持|深入|按照|严格|全面|进一步|高度|始终|紧紧|围绕|积极|继续|扎实|持续|紧扣|聚焦|立足)")]
    private static partial Regex TownshipAfterYear();

    /// <summary>The verbs a report's first sentence goes on with after its subject (2012年省体育局认真贯彻…): the name after the year ends before one.</summary>
    private const string SubjectVerbs = "认真|坚持|深入|按照|严格|全面|进一步|高度|始终|紧紧|围绕|积极|继续|扎实|持续|紧扣|聚焦|立足";

    /// <summary>
    /// Round 15: a provincial body named by the bare level word 省 right after the year, with no comma (按照…的要求,2012年省体育局
    /// 政府信息公开工作在…, h1107: a provincial short form whose province the text writes only in other names). Kept as written
    /// (gold: a bare name stays bare); the same verbs follow it as after <see cref="YearSubject"/>'s subject, or the disclosure
    /// words. Measured with 市/县/区 too: 7 subject readings, 4 right — the three wrong ones short forms (市住建局) whose gold is
    /// the full name, so the subject reader's precision fell (0.837 → 0.830); 省 alone: 2 readings, 2 right.
    /// </summary>
    [GeneratedRegex(@"(?:^|[。\n，,])\s*" + Year + @"(?<org>省(?![场域级委属直内外里])[一-龥-[" + SentenceCharacters.NotInName + SentenceCharacters.Determiners + @"]]{2,10}?(?:局|厅|委员会|委))(?=" + SubjectVerbs + @"|(?:政府|政务)?信息公开|政务公开)")]
    private static partial Regex ProvincialNameAfterYear();

    /// <summary>
    /// Round 16: a body named with its own places right after the year, with no comma, at any level (2025年抚顺市司法局在…,
    /// 2012年XX县民政局认真贯彻…): round 15's <see cref="ProvincialNameAfterYear"/> for 市/县/区/州/旗 too, but only a name that
    /// opens with its place (two or more characters before the level word, no bare 市住建局 — the short forms whose gold is
    /// another written form made the subject reader's precision fall in round 15), followed by the same verbs.
    /// </summary>
    [GeneratedRegex(@"(?:^|[。\n，,])\s*" + Year + @"(?<org>(?![" + PlaceName.LevelWords + @"])(?:[一-龥-[" + SentenceCharacters.NotInPlace + @"]]{2,4}?(?:省|市|县|区|旗|州))+[一-龥-[" + SentenceCharacters.NotInName + SentenceCharacters.Determiners + @"]]{2,10}?(?:局|委员会|委|办公室|中心))(?=" + SubjectVerbs + @"|在|(?:政府|政务)?信息公开|政务公开)")]
    private static partial Regex PlacedNameAfterYear();

    [GeneratedRegex(@"(?<=^|[，,。；;：:\s]|年)(?!度)(?<name>[一-龥]{2,4}?(?:街道办事处|乡人民政府|镇人民政府|乡|镇))(?![一-龥]{0,1}(?:村|级|里|上|下|内|域|长|政府信息))")]
    private static partial Regex TownshipName();

    [GeneratedRegex(@"[我本](?<w>局|委|办|中心|厅|院|署|所|站|乡|镇|街道|街|县|区|市|省|州|旗)(?!场|民|内|外|级|域|政府信息)")]
    private static partial Regex SelfReference();

    /// <summary>
    /// A body named by a bare level word and its own name (县统计局, 市人社局), at a word boundary: how a page names itself
    /// when it writes its place nowhere with the name (自《条例》实施以来,县统计局高度重视…; 电子版在市人社局门户网站发布).
    /// </summary>
    /// <remarks>A body written with no place at all (档案局) counts only after a mark or 以来 (，档案局信息公开…, 2012年以来档案局制作…).</remarks>
    [GeneratedRegex(@"(?<=^|[^一-龥]|[" + SentenceCharacters.Particles + @"在度])(?<org>[市县区旗](?![场域级委属直内外里])[一-龥-[" + SentenceCharacters.NotInName + @"]]{2,10}?(?:局|委员会|委|中心))|(?<=^|[^一-龥]|以来)(?<org>[一-龥-[" + SentenceCharacters.NotInBareName + "]]{2,4}局)")]
    private static partial Regex BareMentionedName();

    /// <summary>A government's centre (永定县政府信息中心, XX县人民政府政务服务中心): named by its government, then 中心.</summary>
    [GeneratedRegex(@"^[一-龥]{2,20}?(?:人民)?政府(?!办公)[一-龥]{0,10}中心$")]
    private static partial Regex GovernmentCentre();

    /// <summary>The text speaking as an office (我办): an office named as the subject is then the reporting body itself.</summary>
    [GeneratedRegex(@"我办(?![理法事好学公])")]
    private static partial Regex OfficeSelfReference();

    /// <summary>A government's office named without its place (区政府办公室): a body only when the text speaks as that office (我办).</summary>
    [GeneratedRegex(@"^(?:省|市|县|区|旗|州)(?:人民)?政府办公[室厅]$")]
    private static partial Regex PlacelessOffice();

    /// <summary>A document the text says it issued, quoted by its title: 印发了《XX局政府信息公开工作制度》, 制定《XX局关于…的通知》.</summary>
    [GeneratedRegex(@"(?:印发|制定|出台|修订|修改|下发|制发|完善|建立)了?《(?<title>[^》《。]{4,60})》")]
    private static partial Regex OwnDocument();

    /// <summary>
    /// The issuer at the head of a document's title, right before its subject (XX局关于…, XX乡人民政府信息公开制度), maybe with the
    /// document's year between (《辽宁省机关事务管理局2019年政务公开工作实施方案》, round 16, h1248).
    /// </summary>
    [GeneratedRegex(@"^(?<org>[一-龥]{2,30}?(?:" + AgencyName.BodyEnding + "|办公室|中心|(?:乡|镇)人民政府|" + AgencyName.TownshipEnding + "))(?=(?:(?:19|20)\\d\\d年度?)?(?:关于|政府信息|政务|信息公开))")]
    private static partial Regex DocumentIssuer();

    /// <summary>A name whose score reaches this, and exceeds every other's, is the text's own (<see cref="MostMentioned"/>).</summary>
    private const int MinMentions = 2;

    /// <summary>What one title of the body's own documents counts for, against one mention in passing.</summary>
    internal const int OwnDocumentWeight = 2;

    /// <summary>
    /// The issuers of the documents the text says it issued (制定了《XX局政府信息公开工作制度》 → XX局), cleaned (null where
    /// no name is left), with where each document is written: what <see cref="MostMentioned"/> and
    /// <see cref="AgencyCandidates"/> count for the body's own documents.
    /// </summary>
    internal static IEnumerable<(string? Name, int Index)> IssuedDocuments(string text) =>
        OwnDocument().Matches(text).Select(m => (Doc: m, Issuer: DocumentIssuer().Match(m.Groups["title"].Value)))
            .Where(d => d.Issuer.Success).Select(d => (AgencyName.Clean(d.Issuer.Groups["org"].Value), d.Doc.Index));

    /// <summary>Where the agency name was found (the strongest source first).</summary>
    public enum Evidence { Lead, CompiledBy, SourceLine, Breadcrumb, Signature, Contact, Subject, SelfReference, Portal, Footer, Mentions, Candidates, Cover }

    public static string? Locate(string source) => Find(source)?.Name;

    /// <summary>The first of <see cref="Readings"/>: the strongest reader that answers.</summary>
    public static (string Name, Evidence From)? Find(string source)
    {
        foreach (var reading in Readings(source)) return reading;
        return null;
    }

    /// <summary>
    /// What each reader answers, in the order they are trusted (lazily: <see cref="Find"/> reads only the first). Round 13
    /// measures each reader's precision over every dev gold file from this list (docs/PARSING.md "Round 13").
    /// </summary>
    internal static IEnumerable<(string Name, Evidence From)> Readings(string source)
    {
        var answered = false;
        foreach (var reading in ChainReadings(source))
        {
            answered = true;
            yield return reading;
        }
        if (answered) yield break;
        foreach (var reading in LastResort(PageChrome.WithoutSpam(source))) yield return reading;
    }

    /// <summary>
    /// Round 21: what a text no reader of the chain answers for still says of itself (holdout 15's misses, fixed on dev).
    /// First the subject of a sentence that opens with its year when it is a department and the text speaks as a government
    /// (2020年,县统计局认真落实… in a text whose one self-reference is 结合我县统计工作特点: a department writing its county's
    /// 我县, h1523); then a township that names itself once inside a sentence (二是将玉峰镇人民政府预算决算在…公开, h1509;
    /// 进一步健全完善横山镇信息公开工作机制, h1307) while the text speaks as a township (我镇/我乡).
    /// </summary>
    private static IEnumerable<(string Name, Evidence From)> LastResort(string source)
    {
        // only a department's name under a government's self-reference: a subject of no kind (2021年,共召开政府信息公开…) is none
        if (SelfKind(source) == AgencyKind.Government && SubjectOf(source, AgencyKind.Department, null) is { } subject) yield return subject;
        if (TownshipInPassing(source) is { } township) yield return (township, Evidence.SelfReference);
    }

    /// <summary>
    /// A township's name after a preposition or a verb that takes a body as its object (将玉峰镇人民政府…, 完善横山镇信息公开…),
    /// in a text that speaks as that kind of township (我镇 for a 镇, 我乡 for a 乡): the one such name the text writes, or null
    /// (none, or two different ones).
    /// </summary>
    private static string? TownshipInPassing(string source)
    {
        var names = TownshipObject().Matches(source).Select(m => m.Groups["name"].Value)
            .Where(n => source.Contains("我" + n.Replace("人民政府", "")[^1]) && !n.Any(c => (SentenceCharacters.NotInsideAPlace + "和").Contains(c)))
            .Where(n => !n.Contains("城镇") && !n.Contains("乡镇")).Distinct().ToList();
        return names.Count == 1 ? names[0] : null;
    }

    /// <summary>A township named as the object of a preposition or of a verb of building up (将, 对, 在 …; 完善, 健全, 加强, 推进).</summary>
    [GeneratedRegex(@"(?<=[" + SentenceCharacters.Prepositions + @"]|完善|健全|建立|加强|推进|推动)(?<name>[一-龥]{2,3}?(?:镇人民政府|乡人民政府|镇|乡))(?![一-龥]{0,1}(?:村|级|里|上|下|内|域|长|政府信息))")]
    private static partial Regex TownshipObject();

    /// <summary>The chain of readers, in the order they are trusted.</summary>
    private static IEnumerable<(string Name, Evidence From)> ChainReadings(string source)
    {
        // injected spam is no part of any sentence a name is read from (现将澳门特区赌场,澳门博彩业网址交通运输局2022年…)
        source = PageChrome.WithoutSpam(source);
        var head = Compact(source, 6000);
        var self = SelfKind(source);
        if (LeadEvidence(head, self) is { } lead) yield return lead;
        var lines = TextLine.Split(source).Select(l => l.Of(source).Trim().Trim('\u3000')).Where(l => l.Length > 0).ToList();
        string? unagreedSource = null;
        foreach (var line in lines.Take(20))
        {
            var m = SourceLine().Match(line);
            if (!m.Success) continue;
            // the 来源 of a page is often the office that posted it (来源:区人民政府办公室 on a street's report): it must agree
            var name = AgencyName.Clean(AgencyName.AgencyOfOffice(SiteSuffix().Replace(m.Groups["org"].Value, "")));
            if (name is null || !Regex.IsMatch(name, "^" + AgencyName.Pattern + "$")) continue;
            if (Agrees(name, self))
            {
                yield return (name, Evidence.SourceLine);
                break;
            }
            unagreedSource ??= name;
        }
        // the subject reader, read at most once: the contact step asks it (round 13) and it answers in its own turn below
        var subjectReading = new Lazy<(string Name, Evidence From)?>(() => SubjectOf(source, self, unagreedSource));
        if ((Signature(lines) ?? ClosingBlock.RunInSignatureName(source)) is { } signed && AgencyName.IsPlausible(signed) && Agrees(signed, self))
            yield return (signed, Evidence.Signature);
        // a cover: the agency and the date on the first lines (廣州市人民政府 / 2013年3月)
        if (lines.Count > 2 && WrittenDate.IsDateLine(lines[1]) && SignatureLine().Match(lines[0].Replace(" ", "")) is { Success: true } cover
            && AgencyName.IsPlausible(cover.Groups["org"].Value))
            yield return (cover.Groups["org"].Value, Evidence.Cover);
        // the whole text compacted once: the contact sentence, the names counted and the candidates read it
        var whole = Compact(source, source.Length);
        foreach (Match m in ContactSentence().Matches(whole))
        {
            var name = AgencyName.Clean(AgencyName.AgencyOfOffice(m.Groups["org"].Value + m.Groups["unit"].Value));
            // a section of the body given for contact (请联系昌邑区文庙街道党政综合科): the body
            if (name is not null) name = AgencyName.WithoutSubUnit(name, source);
            // a government's general office given for contact (丽水市人民政府办公室政府信息公开中心) speaks for the
            // government when the text speaks as one (我市)
            if (name is not null && self == AgencyKind.Government && AgencyName.GovernmentOfOffice(name) is { } government) name = government;
            // round 13: a government given for contact (东至县政务公开办公室 → 东至县; the text speaks as a government or does
            // not say: 我县政府信息公开 is no self-reference) whose own general office is the subject
            // of the report's sentences (2022年,东至县人民政府办公室认真贯彻…, h937): the two readers agree on the place and
            // the subject says which body reports — the office (4 of 4 dev reports where the two readers read so: h305,
            // h534, h920, h937; docs/PARSING.md round 13)
            if (name is not null && self is AgencyKind.Government or AgencyKind.Unknown && subjectReading.Value is { } officeSubject
                && AgencyName.GovernmentOfOffice(officeSubject.Name) is { } served && (served == name || served == name + "人民政府"))
            {
                yield return officeSubject;
                break;
            }
            // round 15: a government's own centre given for contact (请与永定县政府信息中心联系, h1115) is a body of its own
            // (gold-3 rule 4: a 中心 is no internal office), not the reporting body, when the text does not say what it
            // speaks as; a text that speaks as a government reads its office above
            if (name is not null && self == AgencyKind.Unknown && GovernmentCentre().IsMatch(name)) continue;
            if (name is not null && Agrees(name, self))
            {
                yield return (name, Evidence.Contact);
                break;
            }
        }
        // a breadcrumb names the site's sections: its most specific body (首页 > 乡镇信息公开 > 中村乡 > 年报 → 中村乡), if it agrees
        if (lines.Take(8).Where(PageChrome.IsNavigation).Select(Breadcrumb).FirstOrDefault(n => n is not null && Agrees(n, self)) is { } crumb)
            yield return (crumb, Evidence.Breadcrumb);
        if (subjectReading.Value is { } subject) yield return subject;
        if (FromSelfReference(source) is { } township) yield return (township, Evidence.SelfReference);
        // the site's owner, when the text speaks as a government (我县/我区): a portal name; or a 主办单位 footer that agrees
        if (self == AgencyKind.Government && PortalOwners(source).FirstOrDefault() is { } portal) yield return (portal, Evidence.Portal);
        foreach (var line in lines.Skip(Math.Max(0, lines.Count - 12)))
        {
            var m = FooterOwner().Match(line);
            if (m.Success && AgencyName.Clean(AgencyName.AgencyOfOffice(m.Groups["org"].Value)) is { } owner && self != AgencyKind.Unknown && Agrees(owner, self))
            {
                yield return (owner, Evidence.Footer);
                break;
            }
        }
        if (self is AgencyKind.Department or AgencyKind.Township && MostMentioned(whole, self) is { } mentioned) yield return (mentioned, Evidence.Mentions);
        // round 12: the general fallback, one scored search over the whole text (title and lead first, then the first
        // paragraphs and the closing lines); measured on every dev gold file before it was kept (docs/PARSING.md round 12)
        if (AgencyCandidates.Best(whole, self) is { } candidate) yield return (candidate, Evidence.Candidates);
    }

    /// <summary>A sentence's preposition opening what was read as its subject (根据财政厅): the name is the preposition's object.</summary>
    [GeneratedRegex("^(?:" + AgencyName.SentencePrepositions + ")")]
    private static partial Regex PrepositionFirst();

    /// <summary>
    /// The subject of a sentence that opens with its year or the report's legal basis (2021年,冲口街道认真贯彻…), when it
    /// agrees with how the text speaks of itself; a 来源 line's name that did not agree, when the subject names it too.
    /// </summary>
    private static (string Name, Evidence From)? SubjectOf(string source, AgencyKind self, string? unagreedSource)
    {
        foreach (var m in YearSubject().Matches(source).Concat(TownshipAfterYear().Matches(source)).Concat(ProvincialNameAfterYear().Matches(source)).Concat(PlacedNameAfterYear().Matches(source)).OrderBy(m => m.Index))
        {
            // the subject of the report's first sentence may be a government's general office reporting on itself while
            // it speaks of its place (2023年,山东省人民政府办公厅以… / 我省名列前茅)
            var name = AgencyName.Clean(m.Groups["org"].Value);
            // an office named without its place (2022年,区政府办公室认真贯彻…) when the text speaks as that office (我办)
            if (name is null && PlacelessOffice().IsMatch(m.Groups["org"].Value) && OfficeSelfReference().IsMatch(source)) return (m.Groups["org"].Value, Evidence.Subject);
            // a phrase around a self-reference (结合我局) is no name
            if (name is not null && (name.Contains('我') || name.Contains('本'))) continue;
            // round 24: the object of a preposition is no subject (2015年,根据财政厅的总体要求…,本局深入贯彻…, h1711: the
            // province's department that set the requirement, not the reporting body)
            if (PrepositionFirst().IsMatch(m.Groups["org"].Value)) continue;
            if (name is not null && (Agrees(name, self) || (self == AgencyKind.Government && AgencyName.GovernmentOfOffice(name) is not null)))
                return (name, Evidence.Subject);
            // a 发布机构 line and the subject of a sentence that name the same body outweigh a lead copied from a template
            // that speaks as another kind (发布机构 | 西小召镇 and 2020年,西小召镇严格按照… under 结合我旗实际)
            if (name is not null && name == unagreedSource) return (name, Evidence.SourceLine);
        }
        return null;
    }

    /// <summary>
    /// The body of the kind the text speaks as (我局 → a department, 我镇/我街道 → a township) that the text names in full
    /// most often, at least <see cref="MinMentions"/> times and more often than any other (我局成立了…姚安县农业农村局政府信息公开
    /// 工作领导小组 + 《姚安县农业农村局…制度》); not a body the text names as sending a notice or leading it (XX关于…, XX的领导).
    /// </summary>
    /// <remarks>
    /// Round 8: an explicit score with agreement between two sources. A name in full at a word boundary (round 13: the
    /// same pattern as <see cref="AgencyCandidates"/>, one definition) counts 1 per mention; the issuer of a document the text says it issued (制定了《XX局政府信息公开工作制度》, 印发《XX局关于…的通知》)
    /// counts <see cref="OwnDocumentWeight"/> per title, so the titles of the body's own documents name it even when it
    /// is written only there; a notice the body answers (根据《XX市人民政府办公厅关于…》) is no document it issued.
    /// </remarks>
    private static string? MostMentioned(string text, AgencyKind self)
    {
        var mentioned = AgencyCandidates.MentionedName().Matches(text).Select(m => (Name: AgencyName.Clean(m.Groups["org"].Value), Score: 1));
        var issued = IssuedDocuments(text).Select(d => (d.Name, Score: OwnDocumentWeight));
        var grouped = mentioned.Concat(issued).Where(c => c.Name is not null).Select(c => (Name: c.Name!, c.Score))
            .Where(c => AgencyName.KindOf(c.Name) == self && !c.Name.Contains('我') && !c.Name.Contains('本'))
            .GroupBy(c => c.Name).Select(g => (Name: g.Key, Score: g.Sum(c => c.Score)));
        var scores = AgencyCandidates.WithPlacesKept(grouped).OrderByDescending(g => g.Score).ToList();
        if (scores.Count == 0 || scores[0].Score < MinMentions || (scores.Count > 1 && scores[1].Score == scores[0].Score)) return BareMentioned(text, self);
        return scores[0].Name;
    }

    /// <summary>
    /// When no body is named in full often enough: the bare level-word name of the kind the text speaks as (县统计局) that it
    /// writes most often, at least <see cref="MinMentions"/> times and more often than any other, or its own website's name
    /// (电子版在市人社局门户网站…: a department's site is its own). Kept as written (gold: a bare name stays bare).
    /// </summary>
    private static string? BareMentioned(string text, AgencyKind self)
    {
        if (self != AgencyKind.Department) return null;
        var scores = BareMentionedName().Matches(text).Select(m => AgencyName.Clean(m.Groups["org"].Value)).OfType<string>()
            .Where(n => AgencyName.KindOf(n) == self).GroupBy(n => n).Select(g => (Name: g.Key, Score: g.Count())).OrderByDescending(g => g.Score).ToList();
        if (scores.Count > 0 && scores[0].Score >= MinMentions && (scores.Count == 1 || scores[1].Score < scores[0].Score)) return scores[0].Name;
        var sites = OwnSite().Matches(text).Select(m => AgencyName.Clean(m.Groups["org"].Value)).OfType<string>()
            .Where(n => AgencyName.KindOf(n) == self).Distinct().ToList();
        return sites.Count == 1 ? sites[0] : null;
    }

    /// <summary>
    /// A department's own website named bare, where the report is published (电子版在市人社局门户网站…发布), or with its place
    /// (在金水区科技局网站上设置"公众意见箱", round 16, h1213).
    /// </summary>
    [GeneratedRegex(@"(?<=在|从|于|登录|通过)(?<org>(?:[市县区旗]|[一-龥-[" + SentenceCharacters.NotInPlace + @"]]{2,4}?[市县区旗])[一-龥]{2,10}?(?:局|委员会|委))(?:门户网站|网站|官网|政务网)")]
    private static partial Regex OwnSite();

    /// <summary>
    /// The strongest evidence, where the text names its report or its compiler: the report named (lead), then the
    /// compiler (由XX编制, …要求,XX编制). The first candidate that agrees with how the text speaks of itself wins
    /// (由县农业局办公室编制了永泰县2017年…报告 in a text that says 我局: the compiling 局, not the county); when none
    /// agrees, the first found, as before.
    /// </summary>
    private static (string Name, Evidence From)? LeadEvidence(string head, AgencyKind self)
    {
        (string Name, Evidence From)? first = null;
        foreach (var (pattern, evidence) in new[] { (LeadSentence(), Evidence.Lead), (QuotedTitle(), Evidence.Lead), (CompiledFromWork(), Evidence.Lead), (CompiledBy(), Evidence.CompiledBy), (SubjectCompiles(), Evidence.CompiledBy) })
        {
            foreach (Match m in pattern.Matches(head))
            {
                // the title of the national template (《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》) names no reporting body
                if (head.AsSpan(m.Index + m.Length).StartsWith("格式", StringComparison.Ordinal)) continue;
                // the report named is the named body's own (现公布台山市人民政府办公室2014年…报告: the office's); a compiler
                // is often an office compiling for its body (由县农业局办公室编制 → 县农业局)
                // a lead verb inside what was read as the name (编制并向社会公布金水区…局2014年…报告): the name follows the last verb
                var org = LeadVerb().Split(m.Groups["org"].Value)[^1];
                var body = evidence == Evidence.Lead ? AgencyName.AgencyOfDisclosureOffice(org) ?? org : AgencyName.AgencyOfOffice(org);
                if (AgencyName.Clean(body) is not { } name) continue;
                if (Agrees(name, self)) return (name, evidence);
                first ??= (name, evidence);
            }
        }
        return first;
    }

    /// <summary>The governments whose portals the text names (可在连平县人民政府网站下载 → 连平县人民政府), in order, distinct.</summary>
    public static IEnumerable<string> PortalOwners(string source) =>
        PortalName().Matches(Compact(source, source.Length)).Select(m => AgencyName.Clean(PortalLead().Replace(m.Groups["org"].Value, "")))
            .OfType<string>().Where(n => AgencyName.KindOf(n) == AgencyKind.Government).Distinct();

    /// <summary>The most specific agency among a breadcrumb's segments (the last that reads as a name), or null.</summary>
    private static string? Breadcrumb(string line)
    {
        var segments = PageChrome.Segments(line).Select(p => p.Trim(' ', '\u3000', '|', '｜', ':', '：')).ToList();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var segment = Regex.Replace(segments[i], "^(?:当前位置|您的位置|您当前的位置|您现在的位置|所在位置)[:：]?|(?:门户网站|网站)$", "");
            if (segment is "首页" or "") continue;
            if (AgencyName.Clean(segment) is { } name && Regex.IsMatch(name, "^" + AgencyName.Pattern + "$") && !name.Contains("公开") && !name.Contains("年报"))
                return name;
        }
        return null;
    }

    /// <summary>The signature above (or beside) the closing date among the last lines.</summary>
    private static string? Signature(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 5); i--)
        {
            var line = lines[i].Replace(" ", "").Replace("\u3000", "");
            var own = SignatureLine().Match(line);
            if (own.Success && line.Length > own.Groups["org"].Length) return own.Groups["org"].Value; // name and date on one line
            if (!WrittenDate.IsDateLine(line) || i == 0) continue;
            for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
            {
                var m = SignatureLine().Match(lines[j].Replace(" ", "").Replace("\u3000", ""));
                if (m.Success && AgencyName.IsPlausible(m.Groups["org"].Value)) return m.Groups["org"].Value;
            }
        }
        return null;
    }

    /// <summary>How the text speaks of itself (我局 / 我乡 / 我县 …), the most frequent kind; Unknown when it does not.</summary>
    public static AgencyKind SelfKind(string source)
    {
        var counts = new Dictionary<AgencyKind, int>();
        foreach (Match m in SelfReference().Matches(source))
        {
            var kind = m.Groups["w"].Value switch
            {
                "乡" or "镇" or "街道" or "街" => AgencyKind.Township,
                "县" or "区" or "市" or "省" or "州" or "旗" => AgencyKind.Government,
                _ => AgencyKind.Department,
            };
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }
        // round 16: a tie between 我局 and 我市/我县 is a department's text speaking of its place too (结合我市司法行政工作实际 once,
        // 我局 once, h1246): a department writes its government's 我市, a government does not write 我局
        return counts.Count == 0 ? AgencyKind.Unknown
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key == AgencyKind.Department ? 0 : 1).First().Key;
    }

    private static bool Agrees(string name, AgencyKind self) => self == AgencyKind.Unknown || AgencyName.KindOf(name) == self;

    /// <summary>
    /// A township or street office that names itself only in passing (2014年,南薰乡未收取…; 官洲街道办事处认真贯彻…):
    /// taken when the text speaks of itself as 我乡/我镇/我街道 or names a 街道办事处, most frequent name first.
    /// </summary>
    public static string? FromSelfReference(string source)
    {
        var names = TownshipName().Matches(source).Select(m => m.Groups["name"].Value)
            .Where(n => n.EndsWith("办事处", StringComparison.Ordinal) || n.EndsWith("政府", StringComparison.Ordinal) || (n.EndsWith('乡') && source.Contains("我乡")) || (n.EndsWith('镇') && source.Contains("我镇")))
            .Where(n => !n.Any(c => (SentenceCharacters.NotInsideAPlace + "和").Contains(c)))
            .ToList();
        return names.GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>A line at least this long that ends without a stop was wrapped inside its sentence (PDF, fixed-width text).</summary>
    private const int WrappedLineLength = 20;

    /// <summary>
    /// The text without spaces, up to <paramref name="max"/> characters. A line break stays after a short line or a
    /// stop, so that no name or lead is read across a site menu (信息公开目录 / 依申请公开 / 政府信息公开年报 is no
    /// 公开…政府信息公开年报 lead); a long line that ends mid-sentence was wrapped, and is joined to the next.
    /// </summary>
    private static string Compact(string source, int max)
    {
        var sb = new System.Text.StringBuilder(Math.Min(max, source.Length));
        var lineLength = 0;
        foreach (var c in source)
        {
            if (sb.Length >= max) break;
            if (c == '\n')
            {
                var wrapped = lineLength >= WrappedLineLength && sb.Length > 0 && !"。！？；：!?;:".Contains(sb[^1]);
                if (!wrapped && sb.Length > 0 && sb[^1] != '\n') sb.Append(c);
                lineLength = 0;
            }
            else if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
                lineLength++;
            }
        }
        return sb.ToString();
    }
}
