namespace SearchMining.Core.Domain;

/// <summary>A table cell as written: a number, blank, "/" or "—" are kept apart.</summary>
public sealed record TableCell(string Raw, decimal? Value)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Raw);
    public bool IsNotApplicable => Raw.Trim() is "/" or "／" or "—" or "-" or "--" or "——";

    /// <summary>Offsets of <see cref="Raw"/> in <see cref="Report.SourceText"/>; -1 for a blank cell or where the extraction shape loses them.</summary>
    public int SourceStart { get; init; } = -1;
    public int SourceEnd { get; init; } = -1;
}
