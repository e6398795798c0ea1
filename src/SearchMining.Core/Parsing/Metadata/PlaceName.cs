using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>The place prefix of an agency name: 三亚市海棠区人民政府 → (null, 三亚市, 海棠区), rest 人民政府.</summary>
public sealed partial record PlaceName(string? Province, string? City, string? County, string Rest)
{
    /// <summary>Cities directly under the central government: province-level places (北京市东城区 has no city between).</summary>
    public static readonly IReadOnlyList<string> Municipalities = ["北京市", "上海市", "天津市", "重庆市"];

    /// <summary>The level words a name may open with bare, its place left out (市人社局, 区发改委, 县统计局, 旗委, 州民政局).</summary>
    internal const string LevelWords = "省市县区旗州";

    // a place word is not followed by another level word (长沙市区…), and 市场 is no place (汉中市 + 市场监督管理局, 平潭县 +
    // 市场监督管理局); 枣庄市 + 市中区 is a city and a county; round 17: no city holds a county's 县 (涡阳县 + 城市管理局, not a
    // city 涡阳县城市: h1309); round 18: 城市管理 is no county 城市 (荣成市 + 城市管理行政执法局, h1305) nor the end of a city
    // (独山子区 + 城市管理局, not a city 独山子区城市: h606), and an autonomous county's
    // name may be longer (连山壮族瑶族自治县 + 文化广电旅游体育局, h1317)
    [GeneratedRegex(@"^(?<p>[一-龥]{2,7}?(?:省|自治区))?(?<c>(?:(?!政府)[一-龥-[县]]){2,7}?(?:市|自治州|州|地区|盟)(?<!城市(?=管理))(?!场)(?![区县旗]))?(?<d>(?:(?!城市管理)(?:(?!政府)[一-龥]){1,7}?(?:区|县|旗|市)|(?:(?!政府)[一-龥]){2,10}?自治[县旗])(?!场)(?![区县旗]|市(?!场)))?")]
    private static partial Regex Prefix();

    public static PlaceName Of(string agency)
    {
        var m = Prefix().Match(agency);
        string? province = m.Groups["p"].Success ? m.Groups["p"].Value : null;
        string? city = m.Groups["c"].Success ? m.Groups["c"].Value : null;
        string? county = m.Groups["d"].Success ? m.Groups["d"].Value : null;
        var rest = agency[m.Length..];
        // "上海市人民政府" : the city group is a municipality, i.e. a province-level place
        if (city is not null && province is null && Municipalities.Contains(city)) { province = city; city = null; }
        // a county-level city (宁国市财政局, 江苏省昆山市) is a county of the hierarchy, not a city
        if (city is not null && county is null && CountyLevelCities.Contains(city)) { county = city; city = null; }
        return new PlaceName(province, city, county, rest);
    }
}
