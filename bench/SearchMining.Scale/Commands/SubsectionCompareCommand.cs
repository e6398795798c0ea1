using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SearchMining.Analysis.Jieba;
using SearchMining.Core.Classification;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Analysis;
using SearchMining.Index.Evaluation;
using SearchMining.Index.Searching;
using SearchMining.Index.Searching.Subsections;
using SearchMining.Index.Storage;
using SearchMining.Mining.Themes;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>subsection-compare --index DIR --needs FILE…</c>: each need's query at subsection granularity three ways — the
/// subsection documents (as served), option B with the <c>sub_*</c> statistics (must be identical) and option B with the
/// section fields' statistics (what an index without subsection documents gives) — and how the pages differ. With
/// <c>--reports LIST</c> the index is first built from the listed report files (theme model applied). In-process; no
/// service may hold the index.
/// </summary>
internal static class SubsectionCompareCommand
{
    public static Command Create(RepoPaths repo)
    {
        var index = new Option<string>("--index") { Description = "Index folder (built first when --reports is given).", Required = true };
        var needs = new Option<string[]>("--needs") { Description = "needs.tsv files whose queries are run (dev only).", Required = true, AllowMultipleArgumentsPerToken = true };
        var reports = new Option<string?>("--reports") { Description = "A list of report files (one repo-relative path a line, e.g. data/relevance/v7/corpus.txt) to index first." };
        var limit = new Option<int>("--limit") { Description = "Run only the first N queries (0 = all).", DefaultValueFactory = _ => 0 };
        var command = new Command("subsection-compare", "Subsection search from subsection documents vs rebuilt from section documents (option B), need by need.");
        foreach (var option in new Option[] { index, needs, reports, limit }) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var segmenter = JiebaSegmenter.CreateDefault();
            using var analyzers = IndexAnalyzerSets.CreateJieba(segmenter);
            if (result.GetValue(reports) is { } list) await BuildAsync(repo, list, result.GetValue(index)!, analyzers, segmenter, ct);
            await using var opened = ReportIndex.Open(new ReportIndexOptions(result.GetValue(index)!, analyzers));
            var documents = new SectionSearchEngine(opened);
            var subStats = new SectionSearchEngine(opened) { SubsectionsFromSections = SubsectionStatistics.SubsectionFields };
            var sectionStats = new SectionSearchEngine(opened) { SubsectionsFromSections = SubsectionStatistics.SectionFields };
            var queries = result.GetValue(needs)!
                .SelectMany(path => RelevanceJudgments.Load(path, Path.Combine(Path.GetDirectoryName(path)!, "judgments.tsv")))
                .Where(n => n.Split == "dev").Select(n => (n.Id, n.Query)).ToList();
            if (result.GetValue(limit) is > 0 and var take) queries = queries.Take(take).ToList();
            Console.WriteLine($"subsection-compare: {queries.Count} dev queries, index {opened.Path} ({opened.Stats.Reports} reports); load {MachineLoad.Now()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            Console.WriteLine("id\ttotal\tms docs\tms B\tB(sub stats) identical\tB(section stats): total\tfacets\ttop10 overlap\ttop10 same order\tpage-2 overlap\tgroups same reports");
            var rows = new List<Row>();
            foreach (var (id, query) in queries)
            {
                var first = new SearchRequest(query) { Granularity = SearchGranularity.Subsection, Size = 10 };
                var (docs, msDocs) = Timed(() => Pages(documents, first));
                var (exact, _) = Timed(() => Pages(subStats, first));
                var (approx, msB) = Timed(() => Pages(sectionStats, first));
                var row = new Row(id, docs, exact, approx, msDocs, msB);
                rows.Add(row);
                Console.WriteLine(row.Line());
            }
            Console.WriteLine($"sum\t{rows.Count} queries\t{rows.Sum(r => r.MsDocs):0} ms\t{rows.Sum(r => r.MsB):0} ms\tidentical {rows.Count(r => r.Identical)}/{rows.Count}\t" +
                $"total equal {rows.Count(r => r.TotalEqual)}/{rows.Count}\tfacets equal {rows.Count(r => r.FacetsEqual)}/{rows.Count}\t" +
                $"mean top10 overlap {rows.Average(r => r.Overlap):0.000}\tsame top10 order {rows.Count(r => r.SameOrder)}/{rows.Count}\t" +
                $"mean page-2 overlap {rows.Average(r => r.Overlap2):0.000}\tgroups equal {rows.Count(r => r.GroupsEqual)}/{rows.Count}");
            return rows.All(r => r.Identical) ? 0 : 1;
        });
        return command;
    }

    private sealed record Answer(SearchResults? Page1, SearchResults? Page2, SearchResults? Groups, string Text);

    private sealed record Row(string Id, Answer Docs, Answer Exact, Answer Approx, double MsDocs, double MsB)
    {
        public bool Identical => Docs.Text == Exact.Text;
        public bool TotalEqual => Docs.Page1?.Total == Approx.Page1?.Total;
        public bool FacetsEqual => JsonSerializer.Serialize(Docs.Page1?.Facets) == JsonSerializer.Serialize(Approx.Page1?.Facets);
        public double Overlap => Share(Docs.Page1, Approx.Page1);
        public double Overlap2 => Docs.Page2 is null && Approx.Page2 is null ? 1 : Share(Docs.Page2, Approx.Page2);
        public bool SameOrder => Ids(Docs.Page1).SequenceEqual(Ids(Approx.Page1));
        public bool GroupsEqual => (Docs.Groups?.Groups.Select(g => g.ReportId) ?? []).SequenceEqual(Approx.Groups?.Groups.Select(g => g.ReportId) ?? []);

        public string Line() =>
            $"{Id}\t{Docs.Page1?.Total}\t{MsDocs:0}\t{MsB:0}\t{Identical}\t{Approx.Page1?.Total}{(TotalEqual ? "" : " ≠")}\t{(FacetsEqual ? "=" : "≠")}\t{Overlap:0.0}\t{SameOrder}\t{Overlap2:0.0}\t{GroupsEqual}";

        private static IEnumerable<string> Ids(SearchResults? page) => page?.Hits.Select(h => h.SectionId) ?? [];

        private static double Share(SearchResults? a, SearchResults? b)
        {
            var left = Ids(a).ToHashSet(StringComparer.Ordinal);
            var right = Ids(b).ToList();
            return left.Count == 0 && right.Count == 0 ? 1 : (double)right.Count(left.Contains) / Math.Max(left.Count, right.Count);
        }
    }

    /// <summary>Page 1, page 2 by its cursor, and the first page grouped by report, with everything each answers as text.</summary>
    private static Answer Pages(SectionSearchEngine engine, SearchRequest first)
    {
        var one = engine.Search(first);
        var two = one.Results?.NextCursor is { } cursor ? engine.Search(first with { Cursor = cursor }) : null;
        var groups = engine.Search(first with { GroupByReport = true, Size = 5 });
        return new Answer(one.Results, two?.Results, groups.Results, JsonSerializer.Serialize(new object?[] { one, two, groups }));
    }

    private static (T Value, double Ms) Timed<T>(Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var value = run();
        return (value, watch.Elapsed.TotalMilliseconds);
    }

    private static async Task BuildAsync(RepoPaths repo, string list, string index, IndexAnalyzers analyzers, JiebaSegmenter segmenter, CancellationToken ct)
    {
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        var classifier = ThemeClassifierLoader.Load(repo.Model, segmenter).Classifier;
        var tagger = classifier is null ? null : new ReportThemeTagger(classifier);
        var reader = new ReportFileReader();
        await using var opened = ReportIndex.Open(new ReportIndexOptions(index, analyzers));
        foreach (var path in File.ReadLines(list).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var outcome = await reader.ReadAsync(Path.Combine(repo.Root, path.Trim()), ct);
            if (outcome.Report is not { } report) continue;
            await opened.UpsertAsync(tagger is null ? report : tagger.Apply(report), ct);
        }
        await opened.CommitAsync(ct);
    }
}
