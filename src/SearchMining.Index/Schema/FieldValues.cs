using System.Globalization;
using SearchMining.Core.Domain;

namespace SearchMining.Index.Schema;

/// <summary>How domain values are spelled in the index (lower-case enum names, invariant numbers).</summary>
public static class FieldValues
{
    public static string Level(AdministrativeLevel level) => level.ToString().ToLowerInvariant();

    public static string Topic(SectionTopic topic) => topic.ToString().ToLowerInvariant();

    public static string Kind(StatementKind kind) => kind.ToString().ToLowerInvariant();

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static bool TryParseLevel(string text, out AdministrativeLevel level) =>
        Enum.TryParse(text, ignoreCase: true, out level) && Enum.IsDefined(level);

    public static bool TryParseTopic(string text, out SectionTopic topic) =>
        Enum.TryParse(text, ignoreCase: true, out topic) && Enum.IsDefined(topic);

    public static bool TryParseKind(string text, out StatementKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}
