namespace SearchMining.Core.Domain;

/// <summary>A parsed 政府信息公开工作年度报告.</summary>
public sealed record Report
{
    /// <summary>Stable id: a hash of the normalised source text (same content → same id).</summary>
    public required string Id { get; init; }
    public required string SourceFile { get; init; }
    /// <summary>The agency, completed with the places the text writes in full (枣庄市市中区工业和信息化局 for a title 市中区工业和信息化局).</summary>
    public string? Agency { get; init; }
    /// <summary>How a report whose agency the parser could not name is shown where a name is needed (tallies, citations).</summary>
    public const string UnknownAgencyLabel = "（未识别机关）";
    /// <summary>The agency exactly as the title (or signature) writes it.</summary>
    public string? AgencyAsWritten { get; init; }
    public RegionInfo Region { get; init; } = RegionInfo.Unknown;
    public AdministrativeLevel Level { get; init; } = AdministrativeLevel.Unknown;
    public int? Year { get; init; }
    public DateOnly? PublishDate { get; init; }
    public ReportTemplate Template { get; init; } = ReportTemplate.Unknown;
    /// <summary>The decoded source text every offset in this report points into.</summary>
    public required string SourceText { get; init; }
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];
    /// <summary>Clean text before the first section (legal basis, statistics period, contacts), or null.</summary>
    public string? Preamble { get; init; }
    public ReportTables Tables { get; init; } = new();
    public ContactInfo? Contact { get; init; }
    public OtherMatters? OtherMatters { get; init; }
    /// <summary>Statements of the problems section (五 in the 2021 template).</summary>
    public IReadOnlyList<Statement> Statements { get; init; } = [];
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];

    /// <summary><see cref="Preamble"/> as a section of its own: number "0", ordinal 0, topic <see cref="SectionTopic.Preamble"/>; null when there is none.</summary>
    public ReportSection? PreambleSection() => string.IsNullOrWhiteSpace(Preamble) ? null : new ReportSection
    {
        Number = ReportSection.PreambleNumber,
        Ordinal = 0,
        Topic = SectionTopic.Preamble,
        Title = ReportSection.PreambleTitle,
        Text = Preamble,
    };

    /// <summary>The preamble section (when there is one), then the numbered sections: every part of the report a search can find.</summary>
    public IEnumerable<ReportSection> SearchableSections() => PreambleSection() is { } preamble ? Sections.Prepend(preamble) : Sections;
}
