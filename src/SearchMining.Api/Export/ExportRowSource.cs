using System.Runtime.CompilerServices;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Api.Export;

/// <summary>Pages through every hit of a search (cursor by cursor) and yields export rows, without holding them all.</summary>
internal sealed class ExportRowSource(SectionSearchEngine engine, ReportIndex index)
{
    public const int PageSize = SearchRequest.MaxSize;
    private const int ReportCacheSize = 64;

    public async IAsyncEnumerable<ExportRow> RowsAsync(SearchRequest request, ExportUnit unit, int maxRows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = request with { Size = PageSize, GroupByReport = false, IncludeFacets = false, Snippets = 0, Cursor = null };
        var written = 0;
        var reports = new Dictionary<string, Report?>(StringComparer.Ordinal);
        while (written < maxRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = engine.Search(page);
            if (outcome.Results is not { } results || results.Hits.Count == 0) yield break;
            foreach (var hit in results.Hits)
            {
                if (!reports.TryGetValue(hit.ReportId, out var report))
                {
                    if (reports.Count >= ReportCacheSize) reports.Clear();
                    reports[hit.ReportId] = report = index.GetReport(hit.ReportId);
                }
                if (report is null || !SectionId.TryParse(hit.SectionId, out var id)) continue;
                var section = report.SearchableSections().FirstOrDefault(s => s.Ordinal == id.SectionOrdinal);
                if (section is null) continue;
                foreach (var row in Rows(report, section, hit, unit))
                {
                    if (written++ >= maxRows) yield break;
                    yield return row;
                }
            }
            if (results.NextCursor is null) yield break;
            page = page with { Cursor = results.NextCursor };
            await Task.Yield();
        }
    }

    private static IEnumerable<ExportRow> Rows(Report report, ReportSection section, SearchHit hit, ExportUnit unit)
    {
        ExportRow Row(string? kind, IReadOnlyList<string> themes, string text) => new(report.Id, hit.SectionId, report.SourceFile, report.Agency,
            report.Region.MostSpecific, report.Year, section.Number, hit.SectionTopic, section.Title, hit.Score, kind, themes, text);

        if (unit == ExportUnit.Sections)
        {
            var themes = section.Topic == SectionTopic.Problems ? report.Statements.SelectMany(s => s.Themes).Distinct().ToList() : [];
            yield return Row(null, themes, section.Text);
            yield break;
        }
        if (section.Topic != SectionTopic.Problems) yield break;
        foreach (var statement in report.Statements)
            yield return Row(FieldValues.Kind(statement.Kind), statement.Themes, statement.Text);
    }
}
