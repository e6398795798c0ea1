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

    public static bool TryParseLevel(string text, out AdministrativeLevel level) => TryParseName(text, out level);

    public static bool TryParseTopic(string text, out SectionTopic topic) => TryParseName(text, out topic);

    public static bool TryParseKind(string text, out StatementKind kind) => TryParseName(text, out kind);

    /// <summary>An enum member by name only: <c>section:1</c> is section 一, not the member numbered 1.</summary>
    private static bool TryParseName<T>(string text, out T value) where T : struct, Enum
    {
        value = default;
        return text.Length > 0 && !text.All(char.IsAsciiDigit) && !text.StartsWith('-') && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
