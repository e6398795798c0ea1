namespace SearchMining.Core.Domain;

/// <summary>One piece of evidence of a check: a table cell with its row and column, a sentence, a heading, a date or a phrase.</summary>
public sealed record CheckEvidence
{
    public required EvidenceKind Kind { get; init; }
    /// <summary>The text as written: the cell's raw value, the sentence, the phrase.</summary>
    public required string Text { get; init; }
    /// <summary>Readable location, e.g. <c>表三 （七）总计 × 自然人</c>, <c>第五部分</c>.</summary>
    public string? Label { get; init; }
    /// <summary>For a cell: <see cref="TableIds"/> value of the table.</summary>
    public string? Table { get; init; }
    /// <summary>For a cell: the row (table 三 row code, table 二 category, table 四 group id).</summary>
    public string? Row { get; init; }
    /// <summary>For a cell: the column (ApplicantType name, table 二 column label, table 四 result id).</summary>
    public string? Column { get; init; }
    public decimal? Value { get; init; }
    /// <summary>Offsets in the source text of the report the evidence comes from (-1 when unknown).</summary>
    public int SourceStart { get; init; } = -1;
    public int SourceEnd { get; init; } = -1;
    /// <summary>Set when the evidence is in another report (last year's): that report's id and year.</summary>
    public string? ReportId { get; init; }
    public int? Year { get; init; }
}
