namespace SearchMining.Core.Parsing;

/// <summary>Small Chinese numerals as used in section and item markers (一 … 九十九).</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Value of 一 … 九十九, or null.</summary>
    public static int? Parse(string numeral)
    {
        if (string.IsNullOrEmpty(numeral)) return null;
        var tenAt = numeral.IndexOf('十');
        if (tenAt < 0)
            return numeral.Length == 1 && Digits.IndexOf(numeral[0]) > 0 ? Digits.IndexOf(numeral[0]) : null;
        var tens = tenAt == 0 ? 1 : (tenAt == 1 ? Digits.IndexOf(numeral[0]) : -1);
        if (tens <= 0) return null;
        var rest = numeral[(tenAt + 1)..];
        if (rest.Length == 0) return tens * 10;
        var unit = rest.Length == 1 ? Digits.IndexOf(rest[0]) : -1;
        return unit > 0 ? tens * 10 + unit : null;
    }

    /// <summary>一 … 九十九 for 1 … 99 (the number itself beyond that).</summary>
    public static string Format(int value)
    {
        if (value is < 1 or > 99) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (value < 10) return Digits[value].ToString();
        var tens = value / 10;
        var unit = value % 10;
        return (tens == 1 ? "" : Digits[tens].ToString()) + "十" + (unit == 0 ? "" : Digits[unit].ToString());
    }
}
