using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>Reads the tables of sections 二, 三 and 四 from the source text of those sections.</summary>
public static class ReportTablesReader
{
    public static TablesResult Read(string source, IReadOnlyList<ReportSection> sections)
    {
        return new TablesResult(new ReportTables(), []);
    }
}
