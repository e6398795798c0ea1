using System.Text;
using System.Text.RegularExpressions;
using SearchMining.Core.Normalization;

namespace SearchMining.Mining.Agencies;

/// <summary>
/// Reduces an agency name to a <see cref="NormalisedName"/> by the rules in <see cref="AgencyRules"/>: Traditional
/// characters folded, notes in
/// brackets removed, the place prefix read, 政府 / 管委会 / 管理委员会 / 管委会办公室 / a bare place taken as the
/// place's government, 街道 / 镇 forms made one. Each applied rule is kept as a <see cref="NameStep"/>.
/// </summary>
public static partial class AgencyNameNormaliser
{
    /// <summary>Bodies that designate the place's own government, with the rule that maps each.</summary>
    private static readonly IReadOnlyDictionary<string, string?> GovernmentBodies = new Dictionary<string, string?>
    {
        ["人民政府"] = null,
        ["政府"] = AgencyRules.GovernmentShort,
        ["管委会"] = null,
        ["管理委员会"] = AgencyRules.Committee,
        ["管委会办公室"] = AgencyRules.Committee,
        ["管理委员会办公室"] = AgencyRules.Committee,
        ["党工委管委会"] = AgencyRules.Committee,
    };

    /// <summary>Canonical body of every place's own government.</summary>
    public const string GovernmentBody = "政府";

    [GeneratedRegex(@"[（(][^（）()]*[）)]")]
    private static partial Regex Note();

    [GeneratedRegex(@"^(?:由|关于)|(?:关于|的)$")]
    private static partial Regex TitleWords();

    [GeneratedRegex(@"^(?<name>[一-龥]{1,8}?)(?<form>街道办事处|街道办|街道|镇人民政府|镇政府|镇|乡人民政府|乡政府|乡)$")]
    private static partial Regex TownshipForm();

    public static NormalisedName Normalise(string written)
    {
        var steps = new List<NameStep>();
        var name = Clean(written);
        var simplified = ChineseCharacterFold.Fold(name);
        if (!ReferenceEquals(simplified, name) && simplified != name)
        {
            steps.Add(new NameStep(AgencyRules.Traditional, name, simplified));
            name = simplified;
        }
        while (Note().Match(name) is { Success: true } note)
        {
            var without = name.Remove(note.Index, note.Length);
            steps.Add(new NameStep(AgencyRules.NoteRemoved, name, without));
            name = without;
        }

        while (TitleWords().Match(name) is { Success: true } words && name.Length > words.Length + 1)
        {
            var without = name.Remove(words.Index, words.Length);
            steps.Add(new NameStep(AgencyRules.TitleWords, name, without));
            name = without;
        }

        var (places, body) = PlaceSplitter.Split(name);
        if (GovernmentBodies.TryGetValue(body, out var rule))
        {
            var after = string.Concat(places.Names) + GovernmentBody;
            if (rule is not null) steps.Add(new NameStep(rule, name, after));
            return new NormalisedName(written, places, GovernmentBody, AgencyKind.Government, steps);
        }
        if (body.Length == 0 && places.Known > 0)
        {
            steps.Add(new NameStep(AgencyRules.BarePlace, name, name + GovernmentBody));
            return new NormalisedName(written, places, GovernmentBody, AgencyKind.Government, steps);
        }
        if (TownshipForm().Match(body) is { Success: true } township)
        {
            var form = township.Groups["form"].Value;
            var canonical = township.Groups["name"].Value + form[0] switch { '街' => "街道", '镇' => "镇", _ => "乡" };
            if (form is not ("街道办事处" or "镇人民政府" or "乡人民政府"))
                steps.Add(new NameStep(AgencyRules.Township, body, canonical));
            return new NormalisedName(written, places, canonical, AgencyKind.Township, steps);
        }
        if (body.StartsWith("政府", StringComparison.Ordinal))
        {
            var canonical = "人民" + body;
            steps.Add(new NameStep(AgencyRules.GovernmentShort, body, canonical));
            body = canonical;
        }
        return new NormalisedName(written, places, body, AgencyKind.Department, steps);
    }

    /// <summary>White space dropped, full-width letters and digits folded (brackets kept: both forms are read as notes).</summary>
    private static string Clean(string written)
    {
        var builder = new StringBuilder(written.Length);
        foreach (var c in written.Trim())
        {
            if (char.IsWhiteSpace(c)) continue;
            builder.Append(c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' ? (char)(c - 0xFEE0) : c);
        }
        return builder.ToString();
    }
}
