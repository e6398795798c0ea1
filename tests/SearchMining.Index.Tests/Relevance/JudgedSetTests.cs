using SearchMining.Index.Evaluation;
using SearchMining.Index.Querying;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Index.Tests.Relevance;

/// <summary>The judged information needs of data/relevance, run on the sample index (docs/RELEVANCE.md has the full table).</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class JudgedSetTests(SampleIndexFixture fixture)
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "data", "relevance");

    private IReadOnlyList<InformationNeed> Needs() => RelevanceJudgments.Load(Path.Combine(Folder, "needs.tsv"), Path.Combine(Folder, "judgments.tsv"));

    private double Ndcg(RelevanceOptions options)
    {
        var needs = Needs();
        var ranked = RelevanceEvaluator.Run(new SectionSearchEngine(fixture.Index, options), needs);
        return RelevanceEvaluator.Score("run", needs, ranked).Single(s => s.Split == "all").NdcgAt10;
    }

    [Fact]
    public void The_judged_set_has_at_least_30_needs_whose_sections_exist_in_the_corpus()
    {
        var needs = Needs();
        needs.Count.ShouldBeGreaterThanOrEqualTo(30);
        var keys = fixture.Reports.SelectMany(r => r.Sections.Select(s => RelevanceJudgments.SectionKey(r.SourceFile, s.Number))).ToHashSet();
        needs.SelectMany(n => n.Judgments.Keys).Where(k => !keys.Contains(k)).ShouldBeEmpty();
        needs.ShouldAllBe(n => n.Judgments.Values.Any(g => g == 2));
    }

    [Fact]
    public void The_default_ranking_reaches_the_target_and_beats_single_fields()
    {
        var best = Ndcg(RelevanceOptions.Default);
        best.ShouldBeGreaterThanOrEqualTo(0.85);
        best.ShouldBeGreaterThan(Ndcg(RelevanceOptions.Default with { Fields = FieldMode.Words, UseSynonyms = false }));
        best.ShouldBeGreaterThan(Ndcg(RelevanceOptions.Default with { Fields = FieldMode.Bigram, UseSynonyms = false }));
    }

    [Fact]
    public void Synonyms_find_sections_written_in_other_words()
    {
        // 人手不足 is never written; reports say 人员配备不足 / 工作力量不足 / 缺乏专人员管理.
        var hits = fixture.Search(new SearchRequest("人手不足") { Size = 3 }).Hits.Select(h => h.SourceFile).ToList();
        hits.ShouldContain("002_huaian_shizhengfu_2024.txt");
        // The first stage without related words (the re-ranker's character features can lift it back on their own).
        var without = new SectionSearchEngine(fixture.Index, RelevanceOptions.Default with { UseSynonyms = false, Rerank = false })
            .Search(new SearchRequest("人手不足") { Size = 3 }).Results!.Hits.Select(h => h.SourceFile);
        without.ShouldNotContain("002_huaian_shizhengfu_2024.txt");
    }
}
