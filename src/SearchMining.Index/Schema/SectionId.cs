using System.Globalization;

namespace SearchMining.Index.Schema;

/// <summary>
/// Stable id of a section document: <c>{reportId}#{sectionOrdinal}</c>, and <c>{reportId}#{sectionOrdinal}.{subsectionIndex}</c>
/// for a subsection (1-based); ordinal 0 is the preamble. The report id is a content hash, so ids survive rebuilds.
/// </summary>
public readonly record struct SectionId(string ReportId, int SectionOrdinal, int? SubsectionIndex = null)
{
    public override string ToString() => SubsectionIndex is { } sub
        ? string.Create(CultureInfo.InvariantCulture, $"{ReportId}#{SectionOrdinal}.{sub}")
        : string.Create(CultureInfo.InvariantCulture, $"{ReportId}#{SectionOrdinal}");

    public static bool TryParse(string? text, out SectionId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var hash = text.LastIndexOf('#');
        if (hash <= 0 || hash == text.Length - 1) return false;
        var reportId = text[..hash];
        var rest = text[(hash + 1)..];
        var dot = rest.IndexOf('.');
        var ordinalText = dot < 0 ? rest : rest[..dot];
        if (!int.TryParse(ordinalText, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) || ordinal < 0) return false;
        int? sub = null;
        if (dot >= 0)
        {
            if (!int.TryParse(rest[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s < 1) return false;
            sub = s;
        }
        id = new SectionId(reportId, ordinal, sub);
        return true;
    }
}
