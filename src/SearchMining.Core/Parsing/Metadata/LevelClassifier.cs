using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>Administrative level from the agency name: a 局 is a department, a 街道办事处 a township/street, a 区人民政府 a county …</summary>
public static partial class LevelClassifier
{
    [GeneratedRegex(@"街道办事处$|街道$|(?:[乡镇]|苏木)(?:人民)?政府$|[乡镇]$|苏木$")]
    private static partial Regex Township();

    /// <remarks>Round 17: a people's federation (泗阳县残疾人联合会, h1308; 莲湖区残疾人联合会) is a department of its government too.</remarks>
    [GeneratedRegex(@"(?:局|委员会|委|办公室|办公厅|厅|中心|署|院|办|站|所|队|管理处|领导小组|部|联合会)$")]
    private static partial Regex Department();

    /// <summary>The words that end the name of a zone or park (实验区, 高新区, 保税区, 产业园 …), defined once.</summary>
    private const string ZoneWord = "(?:实验区|试验区|新区|开发区|高新区|经开区|示范区|合作区|保税区|自贸区|度假区|风景名胜区|风景区|管理区|集聚区|产业园|工业园|科技园|园区)";

    [GeneratedRegex(ZoneWord + "$")]
    private static partial Regex Zone();

    /// <summary>The committee or office of a park or zone (苏银产业园管理委员会, XX高新区管委会办公室): not a department of a government the name tells.</summary>
    [GeneratedRegex(ZoneWord + @"(?:管理委员会|管委会|工委|管理局|管委会办公室|管理委员会办公室)$")]
    private static partial Regex ZoneCommittee();

    /// <summary>A zone (平潭综合实验区, 两江新区): a place whose name tells no government of the hierarchy.</summary>
    public static bool IsZone(string name) => Zone().IsMatch(AgencyName.WithoutAlias(name));

    public static AdministrativeLevel Classify(string? agency, RegionInfo region)
    {
        if (string.IsNullOrEmpty(agency)) return AdministrativeLevel.Unknown;
        agency = AgencyName.WithoutAlias(agency);
        // a zone or a park's committee (平潭综合实验区, 苏银产业园管理委员会) is no level the name can tell
        if (Zone().IsMatch(agency) || ZoneCommittee().IsMatch(agency)) return AdministrativeLevel.Unknown;
        if (Township().IsMatch(agency)) return AdministrativeLevel.TownshipStreet;
        if (Department().IsMatch(agency)) return AdministrativeLevel.Department;
        // a zone (平潭综合实验区, 两江新区) is no level of the administrative hierarchy the name can tell
        if (Zone().IsMatch(agency) || ZoneCommittee().IsMatch(agency)) return AdministrativeLevel.Unknown;
        // a people's government, or a bare place standing for it (河北省, 福州市晋安区, 广西壮族自治区)
        // round 16: or the government's organs as one (城口县人民政府机关: the government and its office, h1205)
        if (agency.EndsWith("政府", StringComparison.Ordinal) || agency.EndsWith("政府机关", StringComparison.Ordinal) || AgencyName.KindOf(agency) == AgencyKind.Government)
        {
            var place = PlaceName.Of(agency);
            if (place.County is not null) return AdministrativeLevel.County;
            if (place.City is not null) return AdministrativeLevel.City;
            if (place.Province is not null) return AdministrativeLevel.Province;
        }
        return AdministrativeLevel.Unknown;
    }
}
