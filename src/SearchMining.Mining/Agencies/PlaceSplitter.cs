namespace SearchMining.Mining.Agencies;

/// <summary>
/// Reads the place prefix of an agency name, place by place: 枣庄市市中区工业和信息化局 → 枣庄市 / 市中区 /
/// 工业和信息化局. A place is the shortest run ending in a place suffix (省 自治区 市 自治州 地区 盟 区 县 旗) with at
/// least two characters before 市/区/州 (one before 县/旗: 道县), and not a word of the body (市场, 市政 but not 市政府, 区域, the 县区 of 赣县区 …).
/// </summary>
internal static class PlaceSplitter
{
    private static readonly string[] Municipalities = ["北京市", "上海市", "天津市", "重庆市"];
    private static readonly string[] ProvinceSuffixes = ["自治区", "省"];
    private static readonly string[] CitySuffixes = ["自治州", "地区", "市", "盟"];
    private static readonly string[] CountySuffixes = ["区", "县", "旗", "市"];
    /// <summary>Words of a body that begin with a place suffix: a place cannot end on their first character.</summary>
    private static readonly string[] BodyWords = ["市场", "市容", "市民", "区域", "区划", "县域", "县区", "市区"];
    private const int MaxPlaceLength = 9;

    public static (PlaceParts Places, string Body) Split(string name)
    {
        string? province = null, city = null, county = null;
        var at = 0;
        while (at < name.Length)
        {
            var place = NextPlace(name, at);
            if (place is null) break;
            var (text, suffix) = place.Value;
            if (province is null && city is null && county is null && Municipalities.Contains(text)) province = text;
            else if (ProvinceSuffixes.Contains(suffix) && province is null && city is null && county is null) province = text;
            else if (CitySuffixes.Contains(suffix) && city is null && county is null && !(suffix == "市" && province is not null && Municipalities.Contains(province))) city = text;
            else if (CountySuffixes.Contains(suffix) && county is null) county = text;
            else break;
            at += text.Length;
        }
        return (new PlaceParts(province, city, county), name[at..]);
    }

    private static (string Text, string Suffix)? NextPlace(string name, int at)
    {
        for (var length = 2; length <= MaxPlaceLength && at + length <= name.Length; length++)
        {
            var text = name.Substring(at, length);
            var suffix = ProvinceSuffixes.Concat(CitySuffixes).Concat(CountySuffixes).FirstOrDefault(text.EndsWith);
            if (suffix is null) continue;
            var before = length - suffix.Length;
            if (before < (suffix is "县" or "旗" ? 1 : 2)) continue;
            if (StartsBodyWord(name, at + length - 1)) continue;
            return (text, suffix);
        }
        return null;
    }

    /// <summary>Whether the text from <paramref name="at"/> (a place suffix) reads as a word of the body: 市场, 市政 (not 市政府), 赣县区's 县区, 市级 …</summary>
    private static bool StartsBodyWord(string name, int at)
    {
        var rest = name.AsSpan(at);
        foreach (var word in BodyWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        if (rest.StartsWith("市政", StringComparison.Ordinal) && !rest.StartsWith("市政府", StringComparison.Ordinal)) return true;
        return rest.Length > 1 && rest[1] is '级' or '直';
    }
}
