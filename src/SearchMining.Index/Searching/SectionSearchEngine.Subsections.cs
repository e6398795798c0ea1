using Lucene.Net.Search;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching.Subsections;

namespace SearchMining.Index.Searching;

/// <summary>
/// Option B (docs/SCALING.md): subsection hits from section documents. The subsection query is mapped to a superset of
/// section documents (<see cref="SubsectionCandidates"/>), their blocks are rebuilt from the stored reports
/// (<see cref="SubsectionBlocks"/>) and the same query, filters, facets, sort and cursor run over them, scored with the
/// corpus's statistics (<see cref="StatisticsSearcher"/>).
/// </summary>
public sealed partial class SectionSearchEngine
{
    /// <summary>
    /// Answer <see cref="SearchGranularity.Subsection"/> searches from section documents, with BM25 statistics from the given
    /// source; null (the default) = search the subsection documents. A query with a proximity clause always searches the
    /// subsection documents.
    /// </summary>
    public SubsectionStatistics? SubsectionsFromSections { get; init; }

    private Lucene.Net.Analysis.Analyzer? _rebuildAnalyzer;

    private Lucene.Net.Analysis.Analyzer RebuildAnalyzer => LazyInitializer.EnsureInitialized(ref _rebuildAnalyzer, _index.Analyzers.CreateIndexingAnalyzer);

    /// <summary>The search run over rebuilt subsection documents; null when it falls back to the subsection documents.</summary>
    private SearchOutcome? FromSections(IndexSearcher searcher, BuiltQuery built, IReadOnlyList<Query> filters, Query? boost,
        Func<IndexSearcher, Query, SearchOutcome> run)
    {
        if (SubsectionsFromSections is not { } source) return null;
        if (SubsectionCandidates.For(searcher, built.Query) is not { } candidates) return null;
        var sections = SubsectionCandidates.Sections(searcher, candidates);
        using var reader = SubsectionBlocks.Build(searcher, sections, RebuildAnalyzer, _index.Analyzers.SmartCn is not null);
        var rebuilt = new StatisticsSearcher(reader, searcher, source) { Similarity = searcher.Similarity };
        return run(rebuilt, SearchFilterBuilder.Combine(built.Query, DocumentKinds.Subsection, filters, boost, rebuilt));
    }
}
