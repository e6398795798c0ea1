using Lucene.Net.Index;
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
    /// Answer <see cref="SearchGranularity.Subsection"/> searches from section documents, with the query built on and its
    /// BM25 statistics taken from the given source; null (the default) = search the subsection documents. A query with a
    /// proximity clause always searches the subsection documents.
    /// </summary>
    public SubsectionStatistics? SubsectionsFromSections { get; init; }

    private Lucene.Net.Analysis.Analyzer? _rebuildAnalyzer;

    private Lucene.Net.Analysis.Analyzer RebuildAnalyzer => LazyInitializer.EnsureInitialized(ref _rebuildAnalyzer, _index.Analyzers.CreateIndexingAnalyzer);

    /// <summary>
    /// The searcher a subsection query is built on (a word's presence, its specificity, a prefix's words): the index, or
    /// with <see cref="SubsectionStatistics.SectionFields"/> its section fields read under the subsection names. Not
    /// disposed: it only wraps the request's reader.
    /// </summary>
    private IndexSearcher SubsectionQuerySearcher(IndexSearcher searcher) =>
        SubsectionsFromSections == SubsectionStatistics.SectionFields && searcher.IndexReader is DirectoryReader reader
            ? new IndexSearcher(new SectionFieldsReader(reader)) { Similarity = searcher.Similarity }
            : searcher;

    /// <summary>The search run over rebuilt subsection documents; null when it falls back to the subsection documents.</summary>
    /// <param name="statistics">The searcher the query was built on (<see cref="SubsectionQuerySearcher"/>).</param>
    private SearchOutcome? FromSections(IndexSearcher searcher, IndexSearcher statistics, BuiltQuery built, IReadOnlyList<Query> filters, Query? boost,
        Func<IndexSearcher, Query, SearchOutcome> run)
    {
        if (SubsectionsFromSections is null) return null;
        if (SubsectionCandidates.For(statistics, built.Query) is not { } candidates) return null;
        var sections = SubsectionCandidates.Sections(searcher, candidates);
        using var reader = SubsectionBlocks.Build(searcher, sections, RebuildAnalyzer, _index.Analyzers.SmartCn is not null);
        var rebuilt = new StatisticsSearcher(reader, statistics) { Similarity = searcher.Similarity };
        return run(rebuilt, SearchFilterBuilder.Combine(built.Query, DocumentKinds.Subsection, filters, boost, rebuilt));
    }
}
