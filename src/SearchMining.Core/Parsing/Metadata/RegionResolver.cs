using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// Region of an agency as far as the text says: the name's own prefix, completed from places the text writes in full
/// (an address 枣庄市市中区龙头西路17号 gives 市中区 its city). Never guesses a place the text does not contain.
/// </summary>
public static partial class RegionResolver
{
    private const string FunctionChars = "从在与由于的至即及和向经";

    /// <summary>Characters that begin a phrase around a place, not the place (请与…, 地址…, 位于…).</summary>
    private const string NotAPlaceStart = "请与由在于向从地址位及和的至即经为对是";

    /// <summary>Words of the sentence around a place, never inside one (特向社会公布包头市九原区…).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("公布|公开|发布|印发|社会|报告|根据|关于|编制")]
    private static partial System.Text.RegularExpressions.Regex NotInAPlace();

    public sealed record Result(RegionInfo Region, string? FullAgency);

    public static Result Resolve(string? agency, string source)
    {
        if (string.IsNullOrEmpty(agency)) return new Result(RegionInfo.Unknown, null);
        var place = PlaceName.Of(agency);
        var province = place.Province;
        var city = place.City;
        var county = place.County;
        var full = agency;
        if (county is null && city is null && province is null && PlacesBefore(source, agency) is { } written)
        {
            // a township or department named without its place, which the text writes in full (兴国县南坑乡人民政府)
            var prefix = PlaceName.Of(written);
            (province, city, county) = (prefix.Province, prefix.City, prefix.County);
            full = written + agency;
        }
        if (county is not null && city is null && (province is null || !PlaceName.Municipalities.Contains(province)))
        {
            city = FindBefore(source, county, "市");
            if (city is not null && !agency.StartsWith(city, StringComparison.Ordinal)) full = city + agency;
            // a district of a municipality (天津市河东区): the municipality is its province
            if (city is not null && province is null && PlaceName.Municipalities.Contains(city)) (province, city) = (city, null);
        }
        if (city is not null && province is null)
        {
            province = FindBefore(source, city, "省区");
            if (province is not null && full.StartsWith(city, StringComparison.Ordinal) && !full.StartsWith(province, StringComparison.Ordinal)) { /* keep the agency name as the city writes it */ }
        }
        return new Result(new RegionInfo(province, city, county), full);
    }

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
                if (!candidate.All(IsIdeograph) || NotAPlaceStart.Contains(candidate[0]) || NotInAPlace().IsMatch(candidate)) continue;
                var before = start > 0 ? source[start - 1] : ' ';
                if (IsIdeograph(before) && !FunctionChars.Contains(before) && !NotAPlaceStart.Contains(before)) continue;
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
    private static string? FindBefore(string source, string place, string suffixes)
    {
        for (var at = source.IndexOf(place, StringComparison.Ordinal); at >= 0; at = source.IndexOf(place, at + 1, StringComparison.Ordinal))
        {
            if (at < 3 || !suffixes.Contains(source[at - 1])) continue;
            for (var length = 3; length <= 5 && at - length >= 0; length++)
            {
                var start = at - length;
                var before = start > 0 ? source[start - 1] : ' ';
                var candidate = source[start..at];
                if (!candidate.All(IsIdeograph)) break;
                // a word boundary: no ideograph before, a function character, or a sentence word (特向社会公布乐山市五通桥区…)
                if (!IsIdeograph(before) || FunctionChars.Contains(before) || (start >= 2 && NotInAPlace().IsMatch(source[(start - 2)..start])))
                    return candidate == place ? null : candidate;
            }
        }
        return null;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
