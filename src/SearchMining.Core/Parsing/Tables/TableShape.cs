namespace SearchMining.Core.Parsing.Tables;

/// <summary>How a table survived text extraction.</summary>
public enum TableShape
{
    /// <summary>One row per line, cells separated by tabs (PDF/HTML extraction).</summary>
    TabSeparated,
    /// <summary>DOCX extraction: one cell per line (each starting with a tab), rows separated by blank lines.</summary>
    CellPerLine,
    /// <summary>Cells separated by " | ".</summary>
    PipeSeparated,
    /// <summary>pdftotext -layout: cells separated by runs of spaces, blank cells invisible.</summary>
    SpaceAligned,
    /// <summary>A page flattened into one paragraph: labels and numbers run together.</summary>
    Flattened,
}
