using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>Where a section's table text ends: the end of the section's last line, trailing tabs included (they are empty cells).</summary>
public static class TableSpan
{
    public static int End(string source, ReportSection section)
    {
        var newline = source.IndexOf('\n', section.SourceEnd);
        return newline < 0 ? source.Length : newline;
    }
}
