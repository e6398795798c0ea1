using Lucene.Net.Search;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;
using SearchMining.Corpus.Storage;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Scale.Measurement;

/// <summary>One mix query: the engine's whole search (thread CPU ms, mean), its window, and the originals path's cost for it.</summary>
internal sealed record WindowSourceCost(string Id, double Engine, int Window, int Reports, double FromOriginals);

/// <summary>
/// What a search would pay to read its sections' texts from the kept originals (docs/SCALING.md "Round 18 (size)"): the
/// sections the engine reads text of (the re-ranker's window of <see cref="RelevanceOptions.RerankDepth"/>, or the page),
/// found as <see cref="SearchStages"/> finds them; per distinct report among them, with no cache, its original's bytes
/// read from the store, extracted (text files: decoded), normalised, and the window's sections of it rebuilt through
/// their runs. Beside it the engine's whole search as it is (stored texts), thread CPU, mean of the rounds.
/// </summary>
internal static class WindowSources
{
    private static readonly HashSet<string> IdFields = [IndexFields.ReportId, IndexFields.SectionId];

    public static IReadOnlyList<WindowSourceCost> Measure(ReportIndex index, SectionSearchEngine engine, OriginalStore store, IReadOnlyList<MixQuery> mix, int rounds)
    {
        var originals = LatestOriginals(store);
        var builder = new LuceneQueryBuilder(index.Analyzers, engine.Relevance, QuerySynonyms.LoadDefault(), TextFields.Section);
        var decoder = new TextDecoder();
        var costs = new List<WindowSourceCost>();
        foreach (var mixQuery in mix)
        {
            var request = EngineProfile.ToRequest(mixQuery);
            var sections = index.WithSearcher(searcher => WindowSections(searcher, engine, builder, index, request));
            var reports = ByReport(index, originals, sections);
            var (engineMs, originalsMs) = Time(engine, store, decoder, request, reports, rounds);
            costs.Add(new WindowSourceCost(mixQuery.Id, engineMs, sections.Count, reports.Count, originalsMs));
        }
        return costs;
    }

    /// <summary>
    /// A proximity query (<c>"a b"~N</c>, words split on whitespace): the engine's search as it is, and what reading every
    /// candidate section's text from the originals would cost — the builder checks every section holding all the words
    /// (<see cref="LuceneQueryBuilder"/>'s presence of each word, as its proximity check finds them).
    /// </summary>
    public static WindowSourceCost Proximity(ReportIndex index, SectionSearchEngine engine, OriginalStore store, string query, int rounds)
    {
        var originals = LatestOriginals(store);
        var builder = new LuceneQueryBuilder(index.Analyzers, engine.Relevance, QuerySynonyms.LoadDefault(), TextFields.Section);
        var words = query.Split('"')[1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var sections = index.WithSearcher(searcher =>
        {
            var candidates = new BooleanQuery();
            foreach (var word in words) candidates.Add(builder.Presence(word) ?? throw new InvalidOperationException($"no presence for {word}"), Occur.MUST);
            var collector = new DocIdCollector();
            searcher.Search(candidates, collector);
            var list = new List<(string, int)>();
            foreach (var doc in collector.Docs)
            {
                var fields = searcher.Doc(doc, IdFields);
                if (SectionId.TryParse(fields.Get(IndexFields.SectionId), out var id)) list.Add((fields.Get(IndexFields.ReportId) ?? "", id.SectionOrdinal));
            }
            return list;
        });
        var reports = ByReport(index, originals, sections);
        var (engineMs, originalsMs) = Time(engine, store, new TextDecoder(), new SearchRequest(query), reports, rounds);
        return new WindowSourceCost(query, engineMs, sections.Count, reports.Count, originalsMs);
    }

    /// <summary>Each report's newest original not pending removal: its store sequence.</summary>
    private static Dictionary<string, long> LatestOriginals(OriginalStore store) => store.List().Where(o => o.PendingRemoval is null)
        .GroupBy(o => o.ReportId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.MaxBy(o => o.Sequence)!.Sequence, StringComparer.Ordinal);

    /// <summary>The sections grouped by report, with the report's original and stored report (reports without either left out).</summary>
    private static Dictionary<string, (long Sequence, Report Report, List<int> Ordinals)> ByReport(ReportIndex index, Dictionary<string, long> originals, List<(string ReportId, int Ordinal)> sections)
    {
        var reports = new Dictionary<string, (long Sequence, Report Report, List<int> Ordinals)>(StringComparer.Ordinal);
        foreach (var (reportId, ordinal) in sections)
        {
            if (!reports.TryGetValue(reportId, out var entry))
            {
                if (!originals.TryGetValue(reportId, out var sequence) || index.GetReport(reportId) is not { } report) continue;
                reports[reportId] = entry = (sequence, report, []);
            }
            entry.Ordinals.Add(ordinal);
        }
        return reports;
    }

    /// <summary>Thread CPU ms, mean of the rounds (a first round warms up): the engine's search, and the rebuild of every report's sections from its original.</summary>
    private static (double Engine, double FromOriginals) Time(SectionSearchEngine engine, OriginalStore store, TextDecoder decoder, SearchRequest request,
        Dictionary<string, (long Sequence, Report Report, List<int> Ordinals)> reports, int rounds)
    {
        double engineMs = 0, originalsMs = 0;
        for (var round = -1; round < rounds; round++)
        {
            var start = ThreadCpu.Now();
            engine.Search(request);
            var middle = ThreadCpu.Now();
            foreach (var (sequence, report, ordinals) in reports.Values) Rebuild(store, decoder, sequence, report, ordinals);
            var end = ThreadCpu.Now();
            if (round < 0) continue;
            engineMs += (middle - start).TotalMilliseconds;
            originalsMs += (end - middle).TotalMilliseconds;
        }
        return (engineMs / rounds, originalsMs / rounds);
    }

    private static void Rebuild(OriginalStore store, TextDecoder decoder, long sequence, Report report, List<int> ordinals)
    {
        var bytes = store.ReadContent(sequence) ?? throw new InvalidOperationException($"original #{sequence} is gone");
        var source = SourceTextNormalizer.Normalize(decoder.Decode(bytes).Text ?? "");
        foreach (var ordinal in ordinals)
        {
            if (report.Sections.FirstOrDefault(s => s.Ordinal == ordinal) is not { SourceRuns.Count: > 0 } section) continue;
            var chars = section.Text.ToCharArray(); // stands for the kept characters no run covers
            foreach (var run in section.SourceRuns) source.AsSpan(run.SourceStart, run.Length).CopyTo(chars.AsSpan(run.TextStart));
            if (!chars.AsSpan().SequenceEqual(section.Text)) throw new InvalidOperationException($"{report.Id} §{ordinal}: rebuilt text differs");
        }
    }

    /// <summary>The (report, section ordinal) of every section whose text the engine reads: the re-ranker's window, else the page.</summary>
    private static List<(string ReportId, int Ordinal)> WindowSections(IndexSearcher searcher, SectionSearchEngine engine, LuceneQueryBuilder builder, ReportIndex index, SearchRequest request)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        var (filters, _) = SearchFilterBuilder.Build(request.Filters ?? SearchFilters.None, index.Analyzers);
        var built = builder.Build(parsed.Root, request.Expand, searcher);
        var query = MatchCache.Apply(SearchFilterBuilder.Combine(built.Query, DocumentKinds.Section, filters, SectionIntent.Boost(parsed.Root, engine.Relevance.ProblemIntentBoost), searcher));
        var reranks = engine.Relevance.Rerank && request.Sort == SearchSort.Relevance && built.Terms.Count > 0 && !request.GroupByReport;
        var depth = reranks ? Math.Max(1, engine.Relevance.RerankDepth) : request.Size;
        var top = TopFieldCollector.Create(SearchSorts.For(request.Sort), Math.Max(1, depth), null, true, true, false, true);
        searcher.Search(query, top);
        var list = new List<(string, int)>();
        foreach (var sd in top.GetTopDocs().ScoreDocs)
        {
            var doc = searcher.Doc(sd.Doc, IdFields);
            if (!SectionId.TryParse(doc.Get(IndexFields.SectionId), out var id)) continue;
            list.Add((doc.Get(IndexFields.ReportId) ?? "", id.SectionOrdinal));
        }
        return list;
    }
}
