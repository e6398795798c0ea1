namespace SearchMining.Core.Domain;

/// <summary>A table cell as written: a number, blank, "/" or "—" are kept apart.</summary>
public sealed record TableCell(string Raw, decimal? Value)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Raw);
    public bool IsNotApplicable => Raw.Trim() is "/" or "／" or "—" or "-" or "--" or "——";
}
