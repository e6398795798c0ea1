using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// Region of an agency as far as the text says: the name's own prefix, completed from places the text writes in full
/// (an address 枣庄市市中区龙头西路17号 gives 市中区 its city). Never guesses a place the text does not contain.
/// </summary>
public static partial class RegionResolver
{
    private const string FunctionChars = "从在与由于的至即及和向经";

    public sealed record Result(RegionInfo Region, string? FullAgency);

    public static Result Resolve(string? agency, string source)
    {
        if (string.IsNullOrEmpty(agency)) return new Result(RegionInfo.Unknown, null);
        var place = PlaceName.Of(agency);
        var province = place.Province;
        var city = place.City;
        var county = place.County;
        var full = agency;
        if (county is not null && city is null)
        {
            city = FindBefore(source, county, @"[一-龥]{2,4}?市");
            if (city is not null && !agency.StartsWith(city)) full = city + agency;
        }
        if (city is not null && province is null)
        {
            province = FindBefore(source, city, @"[一-龥]{2,3}?(?:省|自治区)");
            if (province is not null && full.StartsWith(city) && !full.StartsWith(province)) { /* keep the agency name as the city writes it */ }
        }
        return new Result(new RegionInfo(province, city, county), full);
    }

    /// <summary>A place written immediately before <paramref name="place"/> in the text, e.g. 枣庄市 in 枣庄市市中区.</summary>
    private static string? FindBefore(string source, string place, string pattern)
    {
        var regex = new Regex("(?<x>" + pattern + ")" + Regex.Escape(place));
        foreach (Match m in regex.Matches(source))
        {
            var x = m.Groups["x"];
            // the match may have started inside a word (从枣庄市…): shorten it to start after a function char
            for (var skip = 0; skip < x.Length - 2; skip++)
            {
                var candidate = x.Value[skip..];
                var before = x.Index + skip > 0 ? source[x.Index + skip - 1] : ' ';
                if (!IsIdeograph(before) || FunctionChars.Contains(before))
                {
                    if (candidate.Length >= 3 && candidate != place) return candidate;
                    break;
                }
            }
        }
        return null;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
