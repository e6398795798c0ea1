namespace SearchMining.Index.Searching;

/// <summary>One section (or subsection) that matched.</summary>
/// <param name="SectionId">Stable id <c>{reportId}#{ordinal}</c> (<c>.{n}</c> for a subsection); ordinal 0 is the preamble.</param>
/// <param name="SectionTopic">preamble, overview, proactive, applications, reviewlitigation, problems or other.</param>
/// <param name="MatchedTerms">Query words (phrases, prefixes) the section holds as written.</param>
/// <param name="MissingTerms">Query words it holds neither as written nor through a related word.</param>
/// <param name="Related">Query words it holds only through related words, with those words.</param>
/// <param name="ViaRelated">True when the section holds no query word as written, only related words: it was found through them.</param>
public sealed record SearchHit(
    string SectionId,
    string ReportId,
    string SourceFile,
    string? Agency,
    int? Year,
    string SectionNumber,
    string SectionTopic,
    string Title,
    string? SubsectionTitle,
    float Score,
    IReadOnlyList<Snippet> Snippets)
{
    public IReadOnlyList<string> MatchedTerms { get; init; } = [];
    public IReadOnlyList<string> MissingTerms { get; init; } = [];
    public IReadOnlyList<RelatedMatch> Related { get; init; } = [];
    public bool ViaRelated { get; init; }
}
