using System.Text;
using System.Text.RegularExpressions;

namespace SearchMining.Scale.Generation;

/// <summary>
/// Composes synthetic reports from the sections of real ones: report n belongs to agency n / <see cref="Years"/>.Count and
/// year <see cref="Years"/>[n % count]; it gets a generated title, preamble (legal basis, statistics period, contact) and
/// closing (agency, date), and each of its six sections is the same-numbered section of a real report picked at random,
/// with the real agency and place names replaced by the generated ones and its years shifted to the generated year.
/// Report n depends only on the seed, n and the source corpus: the same arguments always give the same bytes.
/// </summary>
internal sealed partial class ReportComposer
{
    /// <summary>Report years: the 2019 and 2021 national templates.</summary>
    public static readonly IReadOnlyList<int> Years = [2019, 2020, 2021, 2022, 2023, 2024];

    /// <summary>Reports per folder when written to disk.</summary>
    public const int FilesPerFolder = 1000;

    private readonly int _seed;
    private readonly IReadOnlyList<SourceReport> _sources;
    private readonly AgencyGenerator _agencies;
    private readonly Regex[] _names;

    public ReportComposer(SourceCorpus corpus, int seed)
    {
        _seed = seed;
        _sources = corpus.Reports;
        _agencies = new AgencyGenerator(seed);
        _names = _sources.Select(NamePattern).ToArray();
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex YearNumber();

    public GeneratedReport Compose(int n)
    {
        var agency = _agencies.Agency(n / Years.Count);
        var year = Years[n % Years.Count];
        var rng = new Random(AgencyGenerator.Mix(_seed ^ 0x5EC7, n));
        var text = new StringBuilder(16 * 1024);
        var office = agency.Name + "办公室";
        text.Append(agency.Name).Append('\n');
        text.Append(year).Append("年政府信息公开工作年度报告\n\n");
        text.Append("本报告由").Append(office).Append("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。")
            .Append("报告中所列数据统计期限自").Append(year).Append("年1月1日起至").Append(year).Append("年12月31日止。")
            .Append("如对本报告有疑问，请与").Append(office).Append("联系（地址：").Append(agency.City).Append(agency.County)
            .Append(Street(rng)).Append(rng.Next(1, 300)).Append("号，邮编：").Append(rng.Next(100000, 860000))
            .Append("，电话：0").Append(rng.Next(100, 999)).Append('-').Append(rng.Next(10000000, 89999999))
            .Append("，电子邮箱：gk").Append(n).Append("@example.gov.cn）。\n");
        var sources = new List<string>(SourceCorpus.TemplateTopics.Count);
        for (var slot = 0; slot < SourceCorpus.TemplateTopics.Count; slot++)
        {
            var s = rng.Next(_sources.Count);
            var source = _sources[s];
            sources.Add(source.File);
            var section = _names[s].Replace(source.Sections[slot], m => Rename(m.Value, source, agency));
            var shift = year - source.Year;
            if (shift != 0)
                section = YearNumber().Replace(section, m => int.Parse(m.Value) is var y && Math.Abs(y - source.Year) <= 3 ? (y + shift).ToString() : m.Value);
            text.Append(section).Append('\n');
        }
        text.Append('\n').Append(agency.Name).Append('\n').Append(year + 1).Append("年1月").Append(rng.Next(10, 31)).Append("日\n");
        var path = Path.Combine((n / FilesPerFolder).ToString("D4"), $"r{n:D7}_{year}.txt");
        return new GeneratedReport(n, path, agency, year, sources, text.ToString());
    }

    private static string Street(Random rng)
    {
        const string pool = "人民建设解放中山和平文化朝阳新华光明";
        var i = rng.Next(pool.Length / 2);
        return pool.Substring(i * 2, 2) + (rng.Next(2) == 0 ? "路" : "大道");
    }

    /// <summary>Matches the source's agency names, county and city (longest first) in one pass.</summary>
    private static Regex NamePattern(SourceReport source)
    {
        var names = source.AgencyNames.Concat(new[] { source.County, source.City }.OfType<string>())
            .Where(n => n.Length >= 2)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .Select(Regex.Escape);
        return new Regex(string.Join("|", names), RegexOptions.CultureInvariant);
    }

    private static string Rename(string name, SourceReport source, GeneratedAgency agency)
    {
        if (source.AgencyNames.Contains(name)) return agency.Name;
        if (name == source.County) return agency.County ?? agency.City;
        return agency.City;
    }
}
