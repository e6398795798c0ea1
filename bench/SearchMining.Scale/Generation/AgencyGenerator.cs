using SearchMining.Core.Domain;

namespace SearchMining.Scale.Generation;

/// <summary>
/// Deterministic made-up agencies: real province names, generated city / county / township names (two characters from
/// a pool that holds none of 省市区县旗州盟地, so the parser's place-name rules read them back unambiguously) and a mix of
/// levels close to a national corpus: county and city departments, county and city governments, townships and streets.
/// Agency k depends only on the seed and k, so a smaller corpus is a prefix of a larger one.
/// </summary>
internal sealed class AgencyGenerator(int seed)
{
    private const string Pool = "安平清河阳山江宁远丰和兴华新东西南北泰长永福德昌明云龙海川林石金桃松柳溪岭湖城源";
    private const int CitiesPerProvince = 16;
    private const int CountiesPerCity = 10;

    private static readonly IReadOnlyList<string> Provinces =
    [
        "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
        "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
        "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    ];

    private static readonly IReadOnlyList<string> Departments =
    [
        "教育局", "财政局", "自然资源局", "工业和信息化局", "人力资源和社会保障局", "交通运输局", "农业农村局", "卫生健康委员会",
        "生态环境局", "住房和城乡建设局", "水利局", "文化广电和旅游局", "应急管理局", "审计局", "统计局", "民政局", "司法局",
        "商务局", "医疗保障局", "退役军人事务局", "林业局", "发展和改革委员会", "公安局", "科学技术局", "体育局",
    ];

    public GeneratedAgency Agency(int k)
    {
        var rng = new Random(Mix(seed, k));
        var p = rng.Next(Provinces.Count);
        var c = rng.Next(CitiesPerProvince);
        var x = rng.Next(CountiesPerCity);
        var province = Provinces[p];
        var city = PlaceName(p * 7919 + c * 104729, "市");
        var county = PlaceName(p * 7919 + c * 104729 + (x + 1) * 1299709, x % 3 == 0 ? "县" : "区");
        var kind = rng.Next(100);
        return kind switch
        {
            < 35 => new GeneratedAgency(province + city + county + Departments[rng.Next(Departments.Count)], province, city, county, AdministrativeLevel.Department),
            < 55 => new GeneratedAgency(province + city + Departments[rng.Next(Departments.Count)], province, city, null, AdministrativeLevel.Department),
            < 75 => new GeneratedAgency(province + city + county + "人民政府", province, city, county, AdministrativeLevel.County),
            < 80 => new GeneratedAgency(province + city + "人民政府", province, city, null, AdministrativeLevel.City),
            < 90 => new GeneratedAgency(province + city + county + PlaceName(k * 15485863, "镇") + "人民政府", province, city, county, AdministrativeLevel.TownshipStreet),
            _ => new GeneratedAgency(province + city + county + PlaceName(k * 15485867, "") + "街道办事处", province, city, county, AdministrativeLevel.TownshipStreet),
        };
    }

    /// <summary>Two different characters of the pool chosen by <paramref name="key"/>, then the suffix.</summary>
    private static string PlaceName(int key, string suffix)
    {
        var n = Pool.Length;
        var index = (int)((uint)key % (uint)(n * (n - 1)));
        var first = index / (n - 1);
        var second = index % (n - 1);
        if (second >= first) second++;
        return $"{Pool[first]}{Pool[second]}{suffix}";
    }

    /// <summary>A 32-bit seed from (seed, k) with SplitMix64's finaliser, so neighbouring k get unrelated sequences.</summary>
    internal static int Mix(int seed, int k)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)k) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }
}
