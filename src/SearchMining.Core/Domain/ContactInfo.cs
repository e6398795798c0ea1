namespace SearchMining.Core.Domain;

public sealed record ContactInfo
{
    public string? Office { get; init; }
    public string? Address { get; init; }
    public string? Postcode { get; init; }
    public IReadOnlyList<string> Phones { get; init; } = [];
    public string? Fax { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
    public string? Website { get; init; }
}
