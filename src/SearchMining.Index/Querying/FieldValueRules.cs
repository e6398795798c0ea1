using System.Globalization;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Querying;

/// <summary>Validates and normalises field values of the query language and of <c>SearchFilters</c>.</summary>
internal static class FieldValueRules
{
    private static readonly IReadOnlyDictionary<string, string> TopicAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["总体情况"] = "overview", ["概述"] = "overview",
        ["主动公开"] = "proactive",
        ["依申请"] = "applications", ["依申请公开"] = "applications",
        ["复议诉讼"] = "reviewlitigation", ["行政复议"] = "reviewlitigation", ["行政诉讼"] = "reviewlitigation",
        ["问题"] = "problems", ["存在问题"] = "problems", ["问题及改进"] = "problems",
        ["其他"] = "other", ["其他事项"] = "other",
        ["前言"] = "preamble", ["开头"] = "preamble", ["标题"] = "preamble",
    };

    /// <summary>A message when the value is not acceptable for the field, else null.</summary>
    public static string? Check(string field, string value)
    {
        if (value.Length == 0) return $"'{field}:' has no value";
        return field switch
        {
            FacetDimensions.Year => CheckYear(value),
            FacetDimensions.Level => FieldValues.TryParseLevel(value, out _) ? null
                : $"Unknown level '{value}'; use province, city, county, townshipstreet or department",
            FacetDimensions.Kind => FieldValues.TryParseKind(value, out _) ? null
                : $"Unknown kind '{value}'; use problem, rectification or measure",
            FacetDimensions.Section => SectionTopicOf(value) is not null || IsSectionNumber(value) ? null
                : $"Unknown section '{value}'; use preamble, overview, proactive, applications, reviewlitigation, problems, other or a number (0 for the preamble, 五)",
            FacetDimensions.Checks => Core.Checks.CheckRules.Find(CheckRuleOf(value)) is not null ? null
                : $"Unknown check rule '{value}'; use one of {string.Join(", ", Core.Checks.CheckRules.All.Select(r => r.Id))}",
            _ => null,
        };
    }

    /// <summary>A rule id as stored (check-deadline) for the id with or without its check- prefix, in any case.</summary>
    public static string CheckRuleOf(string value)
    {
        var id = value.Trim().ToLowerInvariant();
        return id.StartsWith("check-", StringComparison.Ordinal) ? id : "check-" + id;
    }

    /// <summary>Canonical topic value (problems …) for a topic name or alias, else null.</summary>
    public static string? SectionTopicOf(string value) =>
        FieldValues.TryParseTopic(value, out var topic) ? FieldValues.Topic(topic) : TopicAliases.GetValueOrDefault(value);

    public static bool IsSectionNumber(string value) =>
        value.All(char.IsAsciiDigit) || value.All(c => "一二三四五六七八九十".Contains(c));

    private static string? CheckYear(string value)
    {
        if (!value.Contains("..", StringComparison.Ordinal))
            return IsYear(value) ? null : $"'{value}' is not a year; use e.g. year:2023 or year:2021..2023";
        var parts = value.Split("..");
        if (parts.Length != 2 || (parts[0].Length == 0 && parts[1].Length == 0)) return $"'{value}' is not a year range; use e.g. year:2021..2023";
        foreach (var part in parts)
            if (part.Length > 0 && !IsYear(part)) return $"'{part}' is not a year in range '{value}'";
        if (parts[0].Length > 0 && parts[1].Length > 0 && int.Parse(parts[0], CultureInfo.InvariantCulture) > int.Parse(parts[1], CultureInfo.InvariantCulture))
            return $"Year range '{value}' runs backwards";
        return null;
    }

    private static bool IsYear(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) && Core.Domain.PlausibleYears.Contains(int.Parse(text, CultureInfo.InvariantCulture));
}
