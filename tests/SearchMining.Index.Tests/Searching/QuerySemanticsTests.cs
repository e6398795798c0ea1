using SearchMining.Core.Domain;
using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

/// <summary>
/// The query semantics of issue 13 on the sample reports: coverage ranking of optional words, required words, related words
/// kept apart and marked, literal NOT and quotes, proximity counted in words, year ranges, prefixes, unsearchable queries,
/// and the preamble as section 0. Expected counts are computed from the parsed texts, not copied from the engine.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class QuerySemanticsTests(SampleIndexFixture fixture)
{
    private static IEnumerable<string> Marked(SearchHit hit) => hit.Snippets.SelectMany(s => s.Highlights.Select(h => s.Text[h[0]..h[1]]));

    private static IEnumerable<string> MarkedRelated(SearchHit hit) => hit.Snippets.SelectMany(s => s.RelatedHighlights.Select(h => s.Text[h[0]..h[1]]));

    [Fact]
    public void Sections_holding_every_word_rank_first_then_those_holding_some()
    {
        fixture.Holding("政务新媒体", "培训").ShouldBeGreaterThan(0);
        var results = fixture.Search("政务新媒体 培训", expand: false);

        results.Total.ShouldBeGreaterThanOrEqualTo(fixture.AllSections.Count(s => s.Text.Contains("政务新媒体") || s.Text.Contains("培训")));
        var both = results.Hits.TakeWhile(h => h.MatchedTerms.Count == 2).ToList();
        both.Count.ShouldBe(fixture.Holding("政务新媒体", "培训"));
        both.ShouldAllBe(h => fixture.TextOf(h).Contains("政务新媒体") && fixture.TextOf(h).Contains("培训"));
        results.Hits.Skip(both.Count).ShouldAllBe(h => h.MatchedTerms.Count < 2 && h.MissingTerms.Count > 0);
    }

    [Fact]
    public void A_word_no_report_uses_does_not_empty_a_natural_query_and_is_reported_missing()
    {
        fixture.Holding("量子纠缠").ShouldBe(0);
        var results = fixture.Search("政务新媒体 量子纠缠", expand: false);

        // Sections holding 政务新媒体 come first; then those holding only parts of it (新媒体, 政务 …).
        results.Total.ShouldBeGreaterThanOrEqualTo(fixture.Holding("政务新媒体"));
        var holding = results.Hits.Take(fixture.Holding("政务新媒体")).ToList();
        holding.ShouldAllBe(h => fixture.TextOf(h).Contains("政务新媒体"));
        // the unknown word is reported missing, as the words the segmenter cut it into
        holding.ShouldAllBe(h => h.MatchedTerms.SequenceEqual(new[] { "政务新媒体" }) && string.Concat(h.MissingTerms) == "量子纠缠");
        results.Hits.ShouldAllBe(h => !h.MatchedTerms.Any(t => "量子纠缠".Contains(t)));
    }

    [Fact]
    public void Plus_AND_and_quotes_make_a_word_required()
    {
        var required = fixture.Holding("政务新媒体");
        fixture.Search("+政务新媒体 培训", expand: false).Total.ShouldBe(required);
        fixture.Search("政务新媒体 AND 培训", expand: false).Total.ShouldBe(fixture.Holding("政务新媒体", "培训"));
        fixture.Search("\"政务新媒体\" 培训").Total.ShouldBe(required);
        fixture.Search("\"政务新媒体\" 培训").Hits.ShouldAllBe(h => fixture.TextOf(h).Contains("政务新媒体"));
    }

    [Fact]
    public void A_hit_found_only_through_a_related_word_is_marked_and_its_highlights_say_so()
    {
        // No report writes 人手不足; 淮安 2024 writes 人员配备不足 (a related word in the expansion list).
        fixture.Holding("人手不足").ShouldBe(0);
        var results = fixture.Search("人手不足", size: 20);
        var huaian = results.Hits.First(h => h.SourceFile == "002_huaian_shizhengfu_2024.txt" && h.SectionTopic == "problems");

        huaian.ViaRelated.ShouldBeTrue();
        huaian.MatchedTerms.ShouldBeEmpty();
        var related = huaian.Related.Single();
        related.Term.ShouldBe("人手不足");
        related.Via.ShouldContain("人员配备不足");
        related.Via.ShouldAllBe(w => fixture.TextOf(huaian).Contains(w));
        MarkedRelated(huaian).ShouldContain("人员配备不足");
        Marked(huaian).ShouldNotContain(m => m.Contains("人员配备"));

        // Every hit says how it matched: as written (none here), through related words, or only by parts of the word.
        results.Hits.ShouldAllBe(h => h.ViaRelated || h.MissingTerms.Contains("人手不足"));
        results.Hits.Where(h => h.ViaRelated).ShouldAllBe(h => h.Related.SelectMany(r => r.Via).All(w => fixture.TextOf(h).Contains(w)));

        // expand=false: only the word as written (and its parts); nothing is related.
        var literal = fixture.Search("人手不足", expand: false, size: 20);
        literal.Hits.ShouldAllBe(h => !h.ViaRelated && h.Related.Count == 0 && h.Snippets.All(s => s.RelatedHighlights.Count == 0));
    }

    [Fact]
    public void Related_words_match_only_where_written_in_full_so_training_is_never_highlighted_on_its_neighbours()
    {
        var results = fixture.Search("培训");
        results.Total.ShouldBe(fixture.Holding("培训")); // every related word of 培训 (业务培训, 专题培训 …) contains 培训
        results.Hits.ShouldAllBe(h => h.MatchedTerms.SequenceEqual(new[] { "培训" }) && !h.ViaRelated);
        results.Hits.SelectMany(Marked).ShouldAllBe(m => m.Contains("培训"));
    }

    [Fact]
    public void NOT_and_quotes_apply_to_the_literal_word_only()
    {
        var all = fixture.Search("公开");
        all.Total.ShouldBe(fixture.Holding("公开"));
        fixture.Search("公开 NOT 培训").Total.ShouldBe(fixture.AllSections.Count(s => s.Text.Contains("公开") && !s.Text.Contains("培训")));
        // 人手不足 is written nowhere: excluding it removes nothing, although its related words are in some sections.
        fixture.Search("公开 NOT 人手不足").Total.ShouldBe(all.Total);
        fixture.Search("\"人手不足\"").Total.ShouldBe(0);
    }

    [Fact]
    public void Proximity_counts_words_between_the_phrase_words()
    {
        // 000 section 五: 加强工作人员的业务知识培训 — between 工作人员 and 培训 is one word (业务知识; 的 is a function word).
        var section = fixture.Report("000_ae1eda295b428d02").Sections.Single(s => s.Number == "五");
        section.Text.ShouldContain("工作人员的业务知识培训");
        section.Text.ShouldNotContain("工作人员培训");
        var id = $"{fixture.Report("000_ae1eda295b428d02").Id}#{section.Ordinal}";

        fixture.Search("\"工作人员 培训\"~1").Hits.Select(h => h.SectionId).ShouldContain(id);
        fixture.Search("\"工作人员 培训\"~0").Hits.Select(h => h.SectionId).ShouldNotContain(id);

        var totals = new[] { 0, 1, 3, 10 }.Select(n => fixture.Search($"\"工作人员 培训\"~{n}", size: 1).Total).ToList();
        totals.ShouldBe(totals.Order().ToList()); // a wider window never finds less
        totals[^1].ShouldBeLessThanOrEqualTo(fixture.Holding("工作人员", "培训"));
        fixture.Search("\"工作人员 培训\"~1").Hits.ShouldAllBe(h => fixture.TextOf(h).Contains("工作人员") && fixture.TextOf(h).Contains("培训"));
    }

    [Fact]
    public void Year_ranges_in_brackets_work_as_the_help_shows()
    {
        int Years(int from, int to) => fixture.Reports.Where(r => r.Year >= from && r.Year <= to).Sum(r => r.SearchableSections().Count());
        fixture.Search("year:[2019 TO 2022]", size: 1).Total.ShouldBe(Years(2019, 2022));
        fixture.Search("year:{2019 TO 2022}", size: 1).Total.ShouldBe(Years(2020, 2021));
        fixture.Search("year:[2022 TO *]", size: 1).Total.ShouldBe(Years(2022, 2100));
        fixture.Engine.Search(new SearchRequest("year:[2022 TO 2019]")).Error!.Kind.ShouldBe(SearchErrorKind.InvalidValue);
        fixture.Engine.Search(new SearchRequest("year:[2019 2022]")).Error!.Kind.ShouldBe(SearchErrorKind.QuerySyntax);
    }

    [Fact]
    public void A_prefix_finds_words_that_begin_with_it()
    {
        var results = fixture.Search("政务*");
        results.Total.ShouldBeGreaterThanOrEqualTo(fixture.Holding("政务公开"));
        results.Hits.ShouldAllBe(h => fixture.TextOf(h).Contains("政务"));
        results.Hits.SelectMany(Marked).ShouldAllBe(m => m.StartsWith("政务"));
        results.Hits.ShouldAllBe(h => h.MatchedTerms.SequenceEqual(new[] { "政务*" }));
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("?")]
    [InlineData("\\")]
    [InlineData("😀 year:2023")]
    [InlineData("NOT 😀")]
    public void A_query_with_nothing_searchable_is_an_error_not_every_section(string query)
    {
        var outcome = fixture.Engine.Search(new SearchRequest(query));
        outcome.Succeeded.ShouldBeFalse();
        outcome.Error!.Kind.ShouldBe(SearchErrorKind.NoSearchableText);
        outcome.Error.Message.ShouldContain("can be searched");
    }

    [Fact]
    public void Unsearchable_words_beside_real_ones_are_ignored()
    {
        fixture.Search("培训 😀").Total.ShouldBe(fixture.Search("培训").Total);
    }

    [Fact]
    public void The_preamble_is_searchable_as_section_0()
    {
        // 淮安 2024 gives its address only before section 一.
        var huaian = fixture.Report("002_huaian_shizhengfu_2024");
        huaian.Preamble.ShouldNotBeNull();
        huaian.Preamble.ShouldContain("翔宇南道");
        huaian.Sections.ShouldAllBe(s => !s.Text.Contains("翔宇南道"));

        var hit = fixture.Search("翔宇南道").Hits.ShouldHaveSingleItem();
        hit.SectionNumber.ShouldBe("0");
        hit.SectionTopic.ShouldBe("preamble");
        hit.SectionId.ShouldBe($"{huaian.Id}#0");
        Marked(hit).ShouldContain(m => m.Contains("翔宇"));

        fixture.Search("section:preamble", size: 1).Total.ShouldBe(fixture.Reports.Count(r => r.PreambleSection() is not null));
        fixture.Search("section:0", size: 1).Total.ShouldBe(fixture.Search("section:preamble", size: 1).Total);
    }
}
