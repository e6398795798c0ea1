using Microsoft.AspNetCore.Http.HttpResults;
using SearchMining.Api.Contracts;
using SearchMining.Corpus;
using SearchMining.Corpus.Views;
using SearchMining.Api.Errors;
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

    private static Results<Ok<ThemeTally>, ValidationProblem> Count(
        ReportCorpus corpus, string? agency, string? region, int? year, CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        check.Year(year);
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);
        return TypedResults.Ok(corpus.Reports.Themes(new ReportSelection(agency, region, year), cancellationToken));
    }
}
