using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing;

/// <summary>
/// A calendar date as reports write it: 2015年3月15日, 2022-02-08, 2022/2/8, or in Chinese numerals under a signature
/// (二○一○年四月十日, 二〇一二年三月十六日, 二○一一年元月二十日). The one definition used by the closing block, the signature and the publish date.
/// </summary>
public static partial class WrittenDate
{
    private const string ChineseDigit = "[〇○零Ｏ0一二三四五六七八九]";

    /// <summary>Regex source of a date with named groups y, m, d (Arabic) or cy, cm, cd (Chinese numerals).</summary>
    public const string Pattern =
        @"(?:(?<y>(?:19|20)\d\d)\s*(?:年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|[-/.](?<m>\d{1,2})[-/.](?<d>[0-3]\d|\d(?!\d)))" +
        @"|(?<cy>[一二]" + ChineseDigit + "{3})年(?<cm>十[一二]?|[一二三四五六七八九元正])月(?<cd>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)";

    [GeneratedRegex(@"^(?:" + Pattern + @")$")]
    private static partial Regex Whole();

    /// <summary>An issuer and its date on one line under a page's title (辽宁省人民政府办公厅 2016-04-15, maybe with a time).</summary>
    [GeneratedRegex(@"^[一-龥（）()]{2,40}[ \t\u3000]+(?:" + Pattern + @")(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?$")]
    public static partial Regex IssuerAndDateLine();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d\d)\s*年\s*(?<m>\d{1,2})\s*月$")]
    private static partial Regex YearMonth();

    /// <summary>A line that is only a date (or a year and month, as some signatures write it).</summary>
    public static bool IsDateLine(string line)
    {
        var text = line.Trim().Trim('\u3000');
        return Whole().IsMatch(text) || YearMonth().IsMatch(text);
    }

    /// <summary>The date of a line that is only a date, or null.</summary>
    public static DateOnly? ParseLine(string line)
    {
        var m = Whole().Match(line.Trim().Trim('\u3000'));
        return m.Success ? Of(m) : null;
    }

    /// <summary>The date a match of <see cref="Pattern"/> denotes, or null when it is no calendar date.</summary>
    public static DateOnly? Of(Match m)
    {
        int y, mo, d;
        if (m.Groups["y"].Success)
        {
            y = int.Parse(m.Groups["y"].Value);
            mo = int.Parse(m.Groups["m"].Value);
            d = int.Parse(m.Groups["d"].Value);
        }
        else if (m.Groups["cy"].Success)
        {
            y = 0;
            foreach (var c in m.Groups["cy"].Value) y = y * 10 + Digit(c);
            mo = m.Groups["cm"].Value is "元" or "正" ? 1 : ChineseNumerals.Parse(m.Groups["cm"].Value) ?? 0; // 元月 = January
            d = ChineseNumerals.Parse(m.Groups["cd"].Value) ?? 0;
        }
        else return null;
        return Domain.PlausibleYears.Contains(y) && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int Digit(char c) => c switch
    {
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => 0,
    };
}
