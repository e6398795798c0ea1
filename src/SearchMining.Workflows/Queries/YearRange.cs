using System.Globalization;

namespace SearchMining.Workflows.Queries;

/// <summary>A year filter as people write it: <c>2023</c>, or a range <c>2019..2023</c> (either end may be left open).</summary>
public static class YearRange
{
    public const int Min = Core.Domain.PlausibleYears.Min;
    public const int Max = Core.Domain.PlausibleYears.Max;

    /// <summary>Parses <paramref name="text"/>; blank is no filter. The message says what is wrong otherwise.</summary>
    public static bool TryParse(string? text, out int? from, out int? to, out string? error)
    {
        from = to = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split("..");
        if (parts.Length > 2)
        {
            error = $"'{text}' is not a year or a range like 2019..2023.";
            return false;
        }
        var ok = true;
        int? Parse(string part)
        {
            if (part.Length == 0 && parts.Length == 2) return null;
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= Min and <= Max) return y;
            ok = false;
            return null;
        }
        from = Parse(parts[0].Trim());
        to = parts.Length == 2 ? Parse(parts[1].Trim()) : from;
        if (!ok)
        {
            error = $"'{text}' is not a year ({Min}…{Max}) or a range like 2019..2023.";
            return false;
        }
        if (from > to)
        {
            error = $"The year range '{text}' is empty.";
            return false;
        }
        return true;
    }
}
