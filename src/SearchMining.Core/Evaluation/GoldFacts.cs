using SearchMining.Core.Domain;

namespace SearchMining.Core.Evaluation;

/// <summary>
/// What a person reads in one report (one line of data/corpus/gold/gold.jsonl; schema in data/corpus/gold/README.md).
/// A null value means "not in the text"; a field missing from the line was not annotated and is not scored
/// (<see cref="Annotated"/> holds the names of the fields the line has).
/// </summary>
public sealed record GoldFacts
{
    /// <summary>Path of the report text relative to the repository root.</summary>
    public required string File { get; init; }
    public string? Annotator { get; init; }
    public string? AgencyAsWritten { get; init; }
    /// <summary>The agency in Simplified characters, completed with the places the text writes in full.</summary>
    public string? Agency { get; init; }
    public AdministrativeLevel? Level { get; init; }
    public RegionInfo? Region { get; init; }
    public int? Year { get; init; }
    public DateOnly? PublishDate { get; init; }
    public IReadOnlyList<SectionTopic> SectionsPresent { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];
    public IReadOnlyList<string> Emails { get; init; } = [];
    public decimal? Fees { get; init; }
    public GoldTable3? Table3 { get; init; }
    public int? CommitmentCount { get; init; }
    public string? Notes { get; init; }
    public IReadOnlySet<string> Annotated { get; init; } = new HashSet<string>();

    public bool Has(string field) => Annotated.Contains(field);
}
