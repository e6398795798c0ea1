using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>Reads the tables of sections 二, 三 and 四 (by topic, so older numberings line up) from the source text.</summary>
public static class ReportTablesReader
{
    /// <summary>
    /// Bump whenever what a table parser reads from a report changes: an index of schema 11 stores most reports' tables as a
    /// hash and reads them again from the stored source (SearchMining.Index StoredReportBody), so the version is part of the
    /// index's content key (SearchMining.Corpus ContentKey) and an index read with another version is rebuilt.
    /// </summary>
    public const int Version = 1;

    public static TablesResult Read(string source, IReadOnlyList<ReportSection> sections, ReportTemplate template)
    {
        var warnings = new List<ParseWarning>();
        var tables = new ReportTables();
        if (sections.FirstOrDefault(s => s.Topic == SectionTopic.Proactive) is { } proactive)
        {
            var read = ProactiveTableParser.Parse(source, proactive);
            tables = tables with { Proactive = read.Table };
            warnings.AddRange(read.Warnings);
        }
        if (sections.FirstOrDefault(s => s.Topic == SectionTopic.Applications) is { } applications)
        {
            var read = ApplicationTableParser.Parse(source, applications, template);
            tables = tables with { Applications = read.Table };
            warnings.AddRange(read.Warnings);
        }
        if (sections.FirstOrDefault(s => s.Topic == SectionTopic.ReviewLitigation) is { } review)
        {
            var read = ReviewLitigationTableParser.Parse(source, review);
            tables = tables with { ReviewLitigation = read.Table };
            warnings.AddRange(read.Warnings);
        }
        return new TablesResult(tables, warnings);
    }
}
