namespace SearchMining.Core.Domain;

/// <summary>
/// The years a written date, a report or a year filter may name (the one definition: query language, API year
/// filter and date reading all use it). A year outside is a typo or a misread number.
/// </summary>
public static class PlausibleYears
{
    public const int Min = 1900;
    public const int Max = 2100;

    public static bool Contains(int year) => year is >= Min and <= Max;
}
