using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// Region of an agency as far as the text says: the name's own prefix, completed from places the text writes in full
/// (an address 枣庄市市中区龙头西路17号 gives 市中区 its city). Never guesses a place the text does not contain.
/// </summary>
public static partial class RegionResolver
{
    private const string FunctionChars = SentenceCharacters.BeforeAPlace;

    /// <summary>Characters that begin a phrase around a place, not the place (请与…, 地址…, 位于…).</summary>
    private const string NotAPlaceStart = "请与由在于向从地址位及和的至即经为对是年度以";

    /// <summary>Words of the sentence around a place, never inside one (特向社会公布包头市九原区…).</summary>
    /// <remarks>A page's label glued before the places (来源宁国市财政局) and the 度 of 年度 (2020年度宁国市…) are no place either,
    /// nor a preposition of the sentence (通过磐安县科学技术局…, the words <see cref="AgencyName"/> cuts before a name).</remarks>
    [System.Text.RegularExpressions.GeneratedRegex("公布|公开|发布|印发|社会|报告|关于|编制|来源|年度|网站|首页|栏目|" + AgencyName.SentencePrepositions)]
    private static partial System.Text.RegularExpressions.Regex NotInAPlace();

    /// <summary>Characters of the sentence that no place holds before its level word (电子版在市人社局: 在; 我县, 全市, 各区).</summary>
    private const string NotInsideAPlace = SentenceCharacters.NotInsideAPlace;

    public sealed record Result(RegionInfo Region, string? FullAgency);

    public static Result Resolve(string? agency, string source)
    {
        if (string.IsNullOrEmpty(agency)) return new Result(RegionInfo.Unknown, null);
        var place = PlaceName.Of(agency);
        // a name that opens with a bare level word reads no place from a word that ends in a level character
        // (区城市管理局: 区 + 城市管理局, not a city 区城市)
        if (PlaceName.LevelWords.Contains(agency[0]) && (place.City ?? place.County ?? place.Province) is { } read && read[0] == agency[0] && NoPlaceOfItsLevel().IsMatch(read))
            place = new PlaceName(null, null, null, agency);
        var province = place.Province;
        var city = place.City;
        var county = place.County;
        var full = agency;
        if (county is null && city is null && province is null && Completed(source, agency) is { } completed)
        {
            // a township or department named without its place, which the text writes in full (兴国县南坑乡人民政府)
            var prefix = PlaceName.Of(completed);
            (province, city, county) = (prefix.Province, prefix.City, prefix.County);
            full = completed;
        }
        // a 市 right above a township or street is a county-level city (邹城市唐村镇, 霍林郭勒市达来胡硕苏木)
        if (county is null && city is not null && province is null && AgencyName.KindOf(full) == AgencyKind.Township
            && PlaceName.Of(full).Rest is { Length: > 0 } rest && AgencyName.KindOf(rest) == AgencyKind.Township && city.EndsWith('市'))
            (county, city) = (city, null);
        if (county is not null && city is null && (province is null || !PlaceName.Municipalities.Contains(province)))
        {
            // an autonomous prefecture written right after its province (云南省楚雄彝族自治州楚雄市紫溪镇…) is the county's city too
            var writtenRun = WrittenRun(full);
            city = FindBefore(source, county, "市", writtenRun) ?? PrefectureBefore(source, county);
            // round 17: an address that writes the province and the city in full right before the county (安徽省亳州市涡阳县
            // 世纪大道… for 涡阳县城市管理局, 贵州省黔西南州兴义市黄草街道… for 兴义市人民政府办公室): the name has no city, so
            // the whole run of places completes it (the field rule's 枣庄市市中区, as the gold reads h1122, h1309, h1321, h1326)
            // A township's run must go on into its own name (安徽省亳州市谯城区十八里镇人民政府; not 内蒙古自治区通辽市霍林郭勒市
            // 滨河路 for 达来胡硕苏木, h042), and the city is written in full with 市 (not the short 红河州 of h816's address)
            string? runProvince = null;
            if (city is null && province is null && ProvinceAndCityBefore(source, county, writtenRun, writtenRun != full || AgencyName.KindOf(full) == AgencyKind.Township) is { } run)
                (runProvince, city) = run;
            // the city goes before the whole name as completed so far (怀化市 + 洪江区沅江路街道, not 怀化市沅江路街道)
            if (city is not null && !full.StartsWith(city, StringComparison.Ordinal)) full = city + full;
            if (runProvince is not null) (province, full) = (runProvince, runProvince + full);
            // a district of a municipality (天津市河东区): the municipality is its province
            if (city is not null && province is null && PlaceName.Municipalities.Contains(city)) (province, city) = (city, null);
        }
        // the province the text writes before the name (round 11, the gold readers' distinction): it completes a name
        // whose highest place is its county, written right before that county (安徽省涡阳县… as 枣庄市 + 市中区), and a name
        // with a city only when the written run of places goes on into the name's own part (四川省广元市剑阁县王河镇… for
        // 王河镇人民政府; not 江苏省无锡市锡山区华夏中路 for 锡山区教育局, nor 云南省丽江市古城区… for 丽江市人民政府)
        if (province is null && (city ?? county) is { } highest && full.StartsWith(highest, StringComparison.Ordinal)
            && ProvinceBefore(source, city is null ? highest : WrittenRun(full), WrittenRun(full)) is { } written)
        {
            province = written;
            full = province + full;
        }
        return new Result(new RegionInfo(province, city, county), full);
    }

    /// <summary>
    /// The name with the places the text writes before it, or null: before the name itself (兴国县 + 南坑乡人民政府),
    /// before a township's own name when the name carries its government (邹城市唐村镇唐兴路 → 邹城市 + 唐村镇政府), or
    /// completing a name that opens with a bare level word (平桥区发改委 → 平桥 + 区发改委).
    /// </summary>
    private static string? Completed(string source, string agency)
    {
        if (PlacesBefore(source, agency) is { } written) return written + agency;
        if (WrittenWithLevelWord(source, agency) is { } withLevel) return withLevel;
        var township = TownshipGovernment().Match(agency);
        if (township.Success && PlacesBefore(source, township.Groups["own"].Value) is { } beforeOwn) return beforeOwn + agency;
        if (agency.Length > 2 && PlaceName.LevelWords.Contains(agency[0]))
        {
            if (WrittenWithPlace(source, agency) is { } withPlace) return withPlace;
            if (PlaceWrittenElsewhere(source, agency) is { } elsewhere) return elsewhere + agency[1..];
        }
        // no level word anywhere in the name: 市人社局 (a bare level word, h733) and 台州湾经济技术开发区管委会 (a zone, h747) stay
        if (AgencyName.KindOf(agency) == AgencyKind.Department && !agency.Any(c => (PlaceName.LevelWords + "盟").Contains(c))
            && AddressedCounty(source) is { } addressed) return addressed + agency;
        return null;
    }

    /// <summary>
    /// Round 22: the places a contact address writes in full down to a county (地址:丽水市青田县鹤城中路8号 → 丽水市青田县), which
    /// complete a department named with no place at all (审计局, h1616: the gold's address rule of h1314/h1513), or null when the
    /// first address names no city and county in full.
    /// </summary>
    private static string? AddressedCounty(string source)
    {
        if (ContactAddress().Match(source) is not { Success: true } m) return null;
        var run = m.Groups["run"].Value;
        for (var length = run.Length; length >= 4; length--)
            if (PlaceName.Of(run[..length]) is { City: not null, County: not null, Rest.Length: 0 }) return run[..length];
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"地址[:：]\s*(?<run>[\u4E00-\u9FFF]{4,12})")]
    private static partial System.Text.RegularExpressions.Regex ContactAddress();

    /// <summary>
    /// A name that opens with a bare level word (区发改委, 区城市管理局) as the text also writes it with its place right before
    /// it (…平桥区发改委, 2023年，独山子区城市管理局…, 克拉玛依市独山子区城市管理局): the fuller name the page writes for the
    /// same body, or null. The place starts at a word boundary (no ideograph, a function word, a sentence word, or a higher
    /// place's level word: <see cref="AfterHigherPlace"/>).
    /// </summary>
    public static string? WrittenWithPlace(string source, string agency)
    {
        if (agency.Length <= 2 || !PlaceName.LevelWords.Contains(agency[0])) return null;
        for (var at = source.IndexOf(agency, StringComparison.Ordinal); at >= 0; at = source.IndexOf(agency, at + 1, StringComparison.Ordinal))
        {
            for (var start = Math.Max(0, at - 6); start <= at - 2; start++)
            {
                var places = source[start..(at + 1)];
                var before = start > 0 ? source[start - 1] : ' ';
                if (!places.All(IsIdeograph) || places.Any(c => "年度月日".Contains(c)) || NotAPlaceStart.Contains(places[0]) || NotInAPlace().IsMatch(places)
                    || HoldsSentenceWord(places)) continue;
                if (IsIdeograph(before) && !FunctionChars.Contains(before) && !NotAPlaceStart.Contains(before) && !AfterSentenceWord(source, start)
                    && !AfterHigherPlace(source, start, agency[0])) continue;
                var place = PlaceName.Of(places);
                if (place.Rest.Length == 0 && (place.County is not null || place.City is not null || place.Province is not null))
                    return WrittenAsAPlace(source, places) + agency[1..];
            }
        }
        return null;
    }

    /// <summary>
    /// The place as the text writes it elsewhere: a verb of the sentence glued before it (緊抓宣城市氣象局 → 紧抓 + 宣城市)
    /// leaves a run the text writes only here, while the place itself stands at a word boundary elsewhere
    /// (《宣城市人民政府办公室…》); the longest such tail of two or more characters and the level word, else the run.
    /// </summary>
    private static string WrittenAsAPlace(string source, string places)
    {
        if (Occurrences(source, places) > 1) return places;
        for (var cut = 1; cut <= places.Length - 3; cut++)
        {
            var tail = places[cut..];
            if (PlaceName.Of(tail) is not { Rest.Length: 0 } p || (p.County ?? p.City ?? p.Province) is null) continue;
            for (var at = source.IndexOf(tail, StringComparison.Ordinal); at >= 0; at = source.IndexOf(tail, at + 1, StringComparison.Ordinal))
                if (at == 0 || !IsIdeograph(source[at - 1]) || FunctionChars.Contains(source[at - 1])) return tail;
        }
        return places;
    }

    private static int Occurrences(string source, string text)
    {
        var count = 0;
        for (var at = source.IndexOf(text, StringComparison.Ordinal); at >= 0; at = source.IndexOf(text, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>
    /// The same name as the text also writes it with its place's level word (安丘住房和城乡建设局 in the title,
    /// 《安丘市住房和城乡建设局政府信息公开指南》 and 公布2011年度安丘市住房和城乡建设局… in the text): the place written in
    /// full is the name's, or null.
    /// </summary>
    private static string? WrittenWithLevelWord(string source, string agency)
    {
        for (var own = 2; own <= 4 && own < agency.Length - 1; own++)
        {
            foreach (var level in "市县区旗")
            {
                var full = agency[..own] + level + agency[own..];
                if (!source.Contains(full, StringComparison.Ordinal)) continue;
                var place = PlaceName.Of(full);
                if ((place.County ?? place.City) == agency[..own] + level && place.Province is null && full.EndsWith(place.Rest, StringComparison.Ordinal))
                    return full;
            }
        }
        return null;
    }

    /// <summary>Place words that end in a level character but name no place of that level (社区, 园区, 城市, 超市 …).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?:社|小|园|景|城|辖|片|街|市|县|校|山|库|牧|林|灾|矿|新|老|郊|厂|营|军|政|学|战|分|专|保护|示范|试验|开发|度假|风景|管理)区$|(?:城|超|都|集|夜|股|楼|门|上|省|入|面|开|全)市$|(?:郡|州|市|区)县$")]
    private static partial System.Text.RegularExpressions.Regex NoPlaceOfItsLevel();

    /// <summary>
    /// The place of one level (区, 县, 市, 旗, 州) that the text writes in full right before the body's own words most often,
    /// more often than any other of that level, or null: a name that opens with that bare level word (市农业局) is completed
    /// with it when the text writes its place only in the body's own sites (中山市农业信息网, 中山市农业政务网; 磐安县科技信息网 for 县科学技术局: the first word of the body's own name, not a
    /// 人民政府 after the place). Round 11: a
    /// parent government's portal (青川县门户网站, 永泰县人民政府公众信息网站), another body's name (厦门市人民政府办公厅) or an
    /// address completes nothing (the gold readers' rule over h040, h519, h541, h619, h653, h706, h723, h733, and h303 since its gold line was settled).
    /// A place is two to four characters and its level word, at a word boundary or right after a higher place
    /// (景德镇市昌江区); a text that writes no place of that level (a hijacked page whose city is spam) or two as often
    /// completes nothing.
    /// </summary>
    private static string? PlaceWrittenElsewhere(string source, string agency)
    {
        var level = agency[0];
        if (!"市县区旗州".Contains(level) || agency.Length < 3) return null;
        // round 11: only a place written before the body's own words (中山市农业政务网 for 市农业局), not a parent government's
        // portal (青川县门户网站, 永泰县人民政府公众信息网站), another body's name (厦门市人民政府办公厅) or an address
        var own = agency[1];
        var counts = new Dictionary<string, int>();
        for (var at = source.IndexOf(level, StringComparison.Ordinal); at >= 0; at = source.IndexOf(level, at + 1))
        {
            // 市场, 区域, 县级 … continue a word; a level word followed by another (市县, 区县) is a list of levels
            if (at + 1 < source.Length && "场域级委属直内外里".Contains(source[at + 1])) continue;
            if (at + 1 >= source.Length || source[at + 1] != own || source.AsSpan(at + 1).StartsWith("人民政府", StringComparison.Ordinal)) continue;
            for (var start = at - 2; start >= Math.Max(1, at - 4); start--)
            {
                var candidate = source[start..(at + 1)];
                if (!candidate.All(IsIdeograph) || NotAPlaceStart.Contains(candidate[0]) || NotInAPlace().IsMatch(candidate)
                    || candidate.Any(c => (NotInsideAPlace + "和省市县区旗").Contains(c) && c != candidate[^1]) || NoPlaceOfItsLevel().IsMatch(candidate)) continue;
                var before = source[start - 1];
                var boundary = !IsIdeograph(before) || FunctionChars.Contains(before) || NotAPlaceStart.Contains(before)
                    || ("区县旗".Contains(level) && "省市州盟".Contains(before)) || (level is '市' or '州' && before == '省') || AfterSentenceWord(source, start);
                if (!boundary) continue;
                var place = PlaceName.Of(candidate);
                if (place.Rest.Length != 0 || candidate != (place.County ?? place.City)) continue;
                counts[candidate] = counts.GetValueOrDefault(candidate) + 1;
                break;
            }
        }
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        return ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Value == ranked[0].Value) ? null : ranked[0].Key;
    }

    /// <summary>A township named with its government or its office (唐村镇政府, 七里乡人民政府, 大涌镇人民政府办公室): its own name before 政府.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^(?<own>[一-龥]{2,8}?(?:乡|镇|苏木))(?:人民)?政府(?:党政办公室|党政办|办公室)?$")]
    private static partial System.Text.RegularExpressions.Regex TownshipGovernment();

    /// <summary>
    /// The longest run of places (通化市东昌区, 兴国县) written immediately before <paramref name="name"/> somewhere in the
    /// text, starting at a word boundary, or null.
    /// </summary>
    private static string? PlacesBefore(string source, string name)
    {
        string? best = null;
        var street = name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith("街道办事处", StringComparison.Ordinal);
        for (var at = source.IndexOf(name, StringComparison.Ordinal); at >= 0; at = source.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            for (var start = Math.Max(0, at - (street ? 18 : 14)); start <= at - 2; start++)
            {
                var candidate = source[start..at];
                // a sentence's words before the place are no part of it (可与嘉善县…, 现将赣州市…: h911, h952)
                if (!candidate.All(IsIdeograph) || NotAPlaceStart.Contains(candidate[0]) || NotInAPlace().IsMatch(candidate)
                    || HoldsSentenceWord(candidate)) continue;
                // a store excerpt may begin inside a word (先创区中埠镇 cut from a page header): the text's first
                // characters are no word boundary a place can be read from
                if (start == 0) continue;
                var before = source[start - 1];
                if (IsIdeograph(before) && !FunctionChars.Contains(before) && !NotAPlaceStart.Contains(before) && !NotInsideAPlace.Contains(before)
                    && !AfterPreposition(source, start)) continue;
                // a street office is also written under its district's government (无锡市锡山区人民政府云林街道办事处)
                var places = street && candidate.EndsWith("人民政府", StringComparison.Ordinal) ? candidate[..^4] : candidate;
                if (places.Length < 2) continue;
                var place = PlaceName.Of(places);
                if (place.Rest.Length != 0 || (place.County is null && place.City is null)) continue;
                if (best is null || candidate.Length > best.Length) best = candidate;
                break;
            }
        }
        return best;
    }

    /// <summary>
    /// A place written immediately before <paramref name="place"/> in the text and ending in one of <paramref name="suffixes"/>,
    /// e.g. 枣庄市 in 枣庄市市中区: two to four characters back to the start of the word.
    /// </summary>
    /// <remarks>
    /// Round 12 (h853): inside a document's title (《温州市瓯海区…》 for 瓯海区统计局) a place completes a name only when the
    /// title's run of places goes on into the name (<paramref name="name"/>, its <see cref="WrittenRun"/>: 《亳州市利辛县城关镇
    /// 2024年…》 for 利辛县城关镇人民政府): a regulation's place is the regulation's, not the body's (gold: "written only
    /// inside a regulation's title, not before the agency's name").
    /// </remarks>
    private static string? FindBefore(string source, string place, string suffixes, string? name = null)
    {
        for (var at = source.IndexOf(place, StringComparison.Ordinal); at >= 0; at = source.IndexOf(place, at + 1, StringComparison.Ordinal))
        {
            if (at < 3 || !suffixes.Contains(source[at - 1])) continue;
            if (InDocumentTitle(source, at) && !source.AsSpan(at).StartsWith(name ?? place, StringComparison.Ordinal)) continue;
            for (var length = 3; length <= 5 && at - length >= 0; length++)
            {
                var start = at - length;
                var before = start > 0 ? source[start - 1] : ' ';
                var candidate = source[start..at];
                // a sentence's words are no part of a place (现将赣州市 + 章贡区: h952)
                if (!candidate.All(IsIdeograph) || HoldsSentenceWord(candidate)) break;
                // a word boundary: no ideograph before, a function character, a sentence word (特向社会公布乐山市五通桥区…) or
                // a character no place holds (现将赣州市…)
                if (!IsIdeograph(before) || FunctionChars.Contains(before) || NotInsideAPlace.Contains(before) || AfterSentenceWord(source, start))
                    return candidate == place ? null : candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a run read as places before its level word holds a character of the sentence no place holds
    /// (<see cref="NotInsideAPlace"/>: 可与嘉善县, 现将赣州市, 在市): then it is no place, nor is any longer run holding it.
    /// </summary>
    private static bool HoldsSentenceWord(string run) => run[..^1].Any(c => NotInsideAPlace.Contains(c));

    /// <summary>Whether <paramref name="at"/> lies inside book-title marks (《…》): the last 《 before it is not yet closed.</summary>
    internal static bool InDocumentTitle(string source, int at) =>
        source.LastIndexOf('《', at) is var open and >= 0 && source.LastIndexOf('》', at) < open;

    /// <summary>
    /// A higher place's level word ends right before <paramref name="start"/> (克拉玛依市 + 独山子区城市管理局, 西藏自治区 + 林芝市…):
    /// a word boundary for a place of the lower <paramref name="level"/> — the fuller name the page writes for a body it
    /// also names with a bare level word (区城市管理局). The higher place itself is added by <see cref="FindBefore"/>.
    /// </summary>
    private static bool AfterHigherPlace(string source, int start, char level) =>
        start >= 1 && ("区县旗".Contains(level) ? "市州盟".Contains(source[start - 1])
            : level is '市' or '州' && (source[start - 1] == '省' || (start >= 3 && source[(start - 3)..start] == "自治区")));

    /// <summary>
    /// The name's places and the start of its own part, as an address or a contact writes them on into the name: the
    /// township's own name (广元市剑阁县王河镇 of 广元市剑阁县王河镇人民政府), else the whole name (丽江市人民政府, 无锡市锡山区教育局).
    /// </summary>
    private static string WrittenRun(string full)
    {
        var rest = PlaceName.Of(full).Rest;
        var places = full[..^rest.Length];
        return OwnTownship().Match(rest) is { Success: true } own ? places + own.Value : full;
    }

    /// <summary>A township's or street's own name at the start of a name's rest (王河镇 of 王河镇人民政府, 德兴乡 of 德兴乡人民政府).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[一-龥]{1,8}?(?:乡|镇|苏木|街道)")]
    private static partial System.Text.RegularExpressions.Regex OwnTownship();

    /// <summary>
    /// An autonomous prefecture (…自治州, up to <see cref="MaxPrefectureLength"/> characters) written immediately before
    /// <paramref name="place"/>, itself right after a province's level word or at a word boundary, or null.
    /// </summary>
    private static string? PrefectureBefore(string source, string place)
    {
        for (var at = source.IndexOf(place, StringComparison.Ordinal); at >= 0; at = source.IndexOf(place, at + 1, StringComparison.Ordinal))
        {
            if (at < 5 || !source.AsSpan(0, at).EndsWith("自治州", StringComparison.Ordinal)) continue;
            for (var length = 5; length <= MaxPrefectureLength && at - length >= 0; length++)
            {
                var start = at - length;
                var candidate = source[start..at];
                if (!candidate.All(IsIdeograph)) break;
                var before = start > 0 ? source[start - 1] : ' ';
                if (!IsIdeograph(before) || FunctionChars.Contains(before) || before == '省' || source.AsSpan(0, start).EndsWith("自治区", StringComparison.Ordinal))
                    return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// A province and a city written in full right before <paramref name="county"/> (安徽省亳州市涡阳县世纪大道…), the province
    /// at a word boundary (地址:安徽省…), or null. Inside a document's title, or for a township (<paramref name="intoName"/>),
    /// only when the run goes on into the name.
    /// </summary>
    private static (string Province, string City)? ProvinceAndCityBefore(string source, string county, string name, bool intoName)
    {
        for (var at = source.IndexOf(county, StringComparison.Ordinal); at >= 0; at = source.IndexOf(county, at + 1, StringComparison.Ordinal))
        {
            if (at < 5 || source[at - 1] != '市') continue;
            if ((intoName || InDocumentTitle(source, at)) && !source.AsSpan(at).StartsWith(name, StringComparison.Ordinal)) continue;
            for (var cityLength = 3; cityLength <= 5 && at - cityLength >= 3; cityLength++)
            {
                var cityStart = at - cityLength;
                var city = source[cityStart..at];
                if (!city.All(IsIdeograph) || HoldsSentenceWord(city) || "省区".Contains(city[0])) break;
                if (source[cityStart - 1] != '省' && !source.AsSpan(0, cityStart).EndsWith("自治区", StringComparison.Ordinal)) continue;
                for (var provinceLength = 3; provinceLength <= 8 && cityStart - provinceLength >= 0; provinceLength++)
                {
                    var start = cityStart - provinceLength;
                    var province = source[start..cityStart];
                    if (!province.All(IsIdeograph) || HoldsSentenceWord(province)) break;
                    var before = start > 0 ? source[start - 1] : ' ';
                    if (IsIdeograph(before) && !FunctionChars.Contains(before) && !NotAPlaceStart.Contains(before) && !AfterSentenceWord(source, start)) continue;
                    if (PlaceName.Of(province) is { Province: not null, City: null, County: null, Rest.Length: 0 }) return (province, city);
                    break;
                }
            }
        }
        return null;
    }

    /// <summary>The longest autonomous prefecture's name with its 自治州 (延边朝鲜族自治州, 楚雄彝族自治州: 7; 黔东南苗族侗族自治州: 9).</summary>
    private const int MaxPrefectureLength = 10;

    /// <summary>A province (…省, …自治区) written immediately before <paramref name="place"/> at a word boundary, or null.</summary>
    private static string? ProvinceBefore(string source, string place, string name) =>
        FindBefore(source, place, "省区", name) is { } found && (found.EndsWith('省') || found.EndsWith("自治区", StringComparison.Ordinal))
            && PlaceName.Of(found) is { Province: not null, Rest.Length: 0 } ? found : null;

    /// <summary>A preposition of the sentence (通过, 按照, 根据 …) ends right before <paramref name="start"/>: a word boundary (通过磐安县科学技术局).</summary>
    private static bool AfterPreposition(string source, int start) => start >= 2 && Preposition().IsMatch(source[(start - 2)..start]);

    [System.Text.RegularExpressions.GeneratedRegex("^(?:" + AgencyName.SentencePrepositions + ")$")]
    private static partial System.Text.RegularExpressions.Regex Preposition();

    /// <summary>A sentence word (编制, 公布, 根据 …) ends right before <paramref name="start"/>: a word boundary (特编制昌江区商务局).</summary>
    private static bool AfterSentenceWord(string source, int start) => start >= 2 && NotInAPlace().IsMatch(source[(start - 2)..start]);

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
