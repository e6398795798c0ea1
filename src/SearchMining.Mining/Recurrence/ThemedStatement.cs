using SearchMining.Core.Domain;

namespace SearchMining.Mining.Recurrence;

/// <summary>A section-五 statement with the report and year it comes from.</summary>
public sealed record ThemedStatement(string ReportId, int Year, StatementKind Kind, string Text, IReadOnlyList<string> Themes, int SourceStart, int SourceEnd)
{
    public static ThemedStatement Of(string reportId, int year, Statement statement) =>
        new(reportId, year, statement.Kind, statement.Text, statement.Themes, statement.SourceStart, statement.SourceEnd);
}
