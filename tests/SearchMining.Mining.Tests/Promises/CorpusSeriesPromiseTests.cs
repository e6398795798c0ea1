using SearchMining.Core.Domain;
using SearchMining.Mining.Promises;
using SearchMining.Mining.Tests.Years;
using Shouldly;

namespace SearchMining.Mining.Tests.Promises;

/// <summary>
/// The promise linker on real series of the test split (the linker was chosen on dev pairs only; docs/MINING.md §4),
/// one test per class and one for a paraphrase the character bigrams alone do not see.
/// </summary>
[Collection(SampleSeriesCollection.Name)]
public sealed class CorpusSeriesPromiseTests(SampleSeriesFixture fixture)
{
    private PromiseTrace Trace(string file, string commitmentStart)
    {
        var years = fixture.WithCorpusSeries;
        var report = years.Reports.Single(r => r.SourceFile == file);
        var agency = years.Directory.OfReport(report.Id).ShouldNotBeNull();
        return years.Timeline(agency).Years.Single(y => y.ReportId == report.Id).Commitments
            .Single(t => t.Commitment.StartsWith(commitmentStart, StringComparison.Ordinal));
    }

    [Fact]
    public void A_promise_to_widen_coverage_is_repeated_when_next_year_writes_the_scope_in_other_words()
    {
        // 金井片区 2021 promises 拓宽政务公开的覆盖面; 2022 names 公开范围不够全面 — few shared bigrams, same weakness aspect (覆盖面 / 范围)
        var trace = Trace("g032_pingtan_jinjing_pianquju_2021.txt", "二是拓宽政府信息公开的内容");
        trace.Class.ShouldBe(FollowUpClass.Repeated);
        trace.Link.ShouldNotBeNull().Kind.ShouldBe(StatementKind.Problem);
        trace.Link.Text.ShouldContain("公开范围不够全面");
        trace.Link.TextSimilarity.ShouldBeLessThan(0.2); // the old bigram linker (0.8 × text + 0.2 × themes ≥ 0.25) could not link it
    }

    [Fact]
    public void Measures_planned_under_a_rectification_heading_do_not_count_as_following_up()
    {
        // 金井片区 2022's （二）整改措施 promises 进一步丰富信息公开内容 again: a plan, not a report of what was done
        var trace = Trace("g032_pingtan_jinjing_pianquju_2021.txt", "二是拓宽政府信息公开的内容");
        trace.Class.ShouldNotBe(FollowUpClass.FollowedUp);
        var years = fixture.WithCorpusSeries;
        var (report, next) = (years.Reports.Single(r => r.SourceFile == "g032_pingtan_jinjing_pianquju_2021.txt"), years.Reports.Single(r => r.SourceFile == "g033_pingtan_jinjing_pianquju_2022.txt"));
        var planned = years.Promises.Pairs(report, next).First(p => p.Statement.Text.StartsWith("三是进一步丰富信息公开内容", StringComparison.Ordinal));
        planned.Statement.Kind.ShouldBe(StatementKind.Measure); // since parser round 9 the parser reads 整改措施 as measures to come too (offsets unchanged)
        planned.Kind.ShouldBe(StatementKind.Measure);
    }

    [Fact]
    public void Awareness_promised_and_awareness_lacking_next_year_are_one_weakness()
    {
        // 增强干部职工主动公开政府信息意识 (2021) → 对政府信息公开工作认识不足，规范化和主动性有待进一步提高 (2022)
        var trace = Trace("g032_pingtan_jinjing_pianquju_2021.txt", "一是加强对《中华人民共和国政府信息公开条例》");
        trace.Class.ShouldBe(FollowUpClass.Repeated);
        trace.Link!.Text.ShouldContain("主动性有待进一步提高");
    }

    [Fact]
    public void A_promise_named_again_in_its_own_words_is_repeated()
    {
        var trace = Trace("g088_pingtan_suping_pianquju_2021.txt", "三是加强全面监督");
        trace.Class.ShouldBe(FollowUpClass.Repeated);
        trace.Link!.Text.ShouldContain("覆盖面还不够广");
    }

    [Fact]
    public void A_training_promise_the_next_year_is_silent_about_has_no_trace()
    {
        // 苏平片区 2022 names coverage and the publicity of what is published, not training
        var trace = Trace("g088_pingtan_suping_pianquju_2021.txt", "一是加强业务培训");
        trace.NextYear.ShouldBe(2022);
        trace.Class.ShouldBe(FollowUpClass.NoTrace);
        trace.Link.ShouldBeNull();
    }
}
