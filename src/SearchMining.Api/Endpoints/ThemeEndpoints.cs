using Microsoft.AspNetCore.Http.HttpResults;
using SearchMining.Api.Contracts;
using SearchMining.Corpus;
using SearchMining.Corpus.Views;
using SearchMining.Api.Errors;
using SearchMining.Core.Domain;
using SearchMining.Core.Themes;

namespace SearchMining.Api.Endpoints;

internal static class ThemeEndpoints
{
    public static void MapThemeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/themes", Count).WithTags("Mining").WithName("ThemeCounts")
            .WithSummary("Theme counts over the section-五 statements, in total, per year and per agency.");
        app.MapGet("/api/vocabulary", Vocabulary).WithTags("Mining").WithName("Vocabulary")
            .WithSummary("The theme taxonomy and statement kinds with their Chinese labels and THEMES.md cue words (the one definition the parser, classifier, search and page use).");
    }

    private static Ok<VocabularyResponse> Vocabulary() => TypedResults.Ok(new VocabularyResponse(
        ThemeVocabulary.Themes.Select(t => new VocabularyEntry(t.Id, t.Label, t.CueWords)).ToList(),
        ThemeVocabulary.Kinds.Select(k => new VocabularyEntry(k.Id, k.Label, k.CueWords)).ToList(),
        ThemeVocabulary.ShortcomingWords));

    private static Results<Ok<ThemesResponse>, ValidationProblem> Count(
        ReportCorpus corpus, string? agency, string? region, int? year, CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        check.Year(year);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        var selection = new ReportSelection(agency, region, year);
        return TypedResults.Ok(corpus.Reports.Memo($"themes\u001f{agency}\u001f{region}\u001f{year}", all => Tally(all, selection), cancellationToken));
    }

    private static ThemesResponse Tally(IReadOnlyList<ReportDigest> all, ReportSelection selection)
    {
        var selected = all.Where(selection.Matches).ToList();
        var statements = selected.SelectMany(r => r.Statements.Select(s => (Report: r, Statement: s))).ToList();

        var themes = ThemeCatalog.Themes
            .Select(t => new ThemeCount(t.Id, t.Label, statements.Count(x => x.Statement.Themes.Contains(t.Id))))
            .ToList();
        var byYear = statements.Where(x => x.Report.Year is not null)
            .GroupBy(x => x.Report.Year!.Value).OrderBy(g => g.Key)
            .Select(g => new YearThemeCounts(g.Key, g.Count(), Counts(g.Select(x => x.Statement))))
            .ToList();
        var byAgency = statements.GroupBy(x => x.Report.Agency ?? "（未识别机关）").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AgencyThemeCounts(g.Key, g.Count(), Counts(g.Select(x => x.Statement))))
            .ToList();
        return new ThemesResponse(selected.Count, statements.Count, statements.Count(x => x.Statement.Themes.Count > 0), themes, byYear, byAgency);
    }

    private static IReadOnlyDictionary<string, int> Counts(IEnumerable<Statement> statements) =>
        statements.SelectMany(s => s.Themes).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
