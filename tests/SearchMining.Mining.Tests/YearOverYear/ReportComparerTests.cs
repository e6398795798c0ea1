using SearchMining.Core.Domain;
using SearchMining.Mining.Tests.Years;
using SearchMining.Mining.YearOverYear;
using Shouldly;

namespace SearchMining.Mining.Tests.YearOverYear;

[Collection(SampleSeriesCollection.Name)]
public sealed class ReportComparerTests(SampleSeriesFixture fixture)
{
    [Fact]
    public void Sections_align_by_topic_between_the_2019_and_2021_templates()
    {
        // 平潭 2020 follows the 2019 template, 2021 the 2021 template
        var (now, before) = (fixture.Sample("039"), fixture.Sample("045"));
        now.Template.ShouldBe(ReportTemplate.Template2021);
        before.Template.ShouldBe(ReportTemplate.Template2019);

        var comparison = fixture.Comparer.Compare(now, before);
        comparison.Sections.Select(s => s.Topic).ShouldBe(now.Sections.Select(s => s.Topic).Distinct(), ignoreOrder: true);
        comparison.Sections.ShouldAllBe(s => s.Current.Count == 1 && s.Previous.Count == 1);
        comparison.Sections.Single(s => s.Topic == SectionTopic.Problems).Previous.Single().Number.ShouldBe("五");
    }

    [Fact]
    public void A_pre_2019_report_splitting_problems_over_two_parts_aligns_both_with_section_five()
    {
        // 三亚市海棠区 2015: 三、存在的困难和问题 + 四、改进措施 (old template); 洪泽区 2023: 五、存在的主要问题及改进情况
        var comparison = fixture.Comparer.Compare(fixture.Sample("037"), fixture.Sample("022"));
        var problems = comparison.Sections.Single(s => s.Topic == SectionTopic.Problems);
        problems.Current.Select(h => h.Number).ShouldBe(["五"]);
        problems.Previous.Select(h => h.Number).ShouldBe(["三", "四"]);
        problems.Sentences.ShouldContain(s => s.Kind == SentenceChangeKind.Removed && s.Previous!.Contains("加强业务培训"));

        // the old report has no 总体情况: this year's overview is all new, last year's side empty
        var overview = comparison.Sections.Single(s => s.Topic == SectionTopic.Overview);
        overview.Previous.ShouldBeEmpty();
        overview.ReuseRate.ShouldBeNull();
        overview.Sentences.ShouldAllBe(s => s.Kind == SentenceChangeKind.Added);
    }

    [Fact]
    public void Sentences_are_marked_unchanged_changed_added_and_removed_and_a_change_is_spelled_out()
    {
        var comparison = fixture.Comparer.Compare(fixture.Sample("038"), fixture.Sample("037"));
        var rows = comparison.Sections.SelectMany(s => s.Sentences).ToList();
        rows.Select(r => r.Kind).Distinct().ShouldBe(Enum.GetValues<SentenceChangeKind>(), ignoreOrder: true);

        rows.ShouldContain(r => r.Kind == SentenceChangeKind.Unchanged && r.Current!.Contains("主要通过政府门户网站主动公开政府文件"));
        foreach (var row in rows.Where(r => r.Kind == SentenceChangeKind.Changed))
        {
            row.Similarity.ShouldBeGreaterThanOrEqualTo(ReuseOptions.Default.SentenceMatch);
            if (row.Diff.Count == 0) continue;
            string.Concat(row.Diff.Where(d => d.Kind != DiffKind.Deleted).Select(d => d.Text)).ShouldBe(row.Current);
            string.Concat(row.Diff.Where(d => d.Kind != DiffKind.Inserted).Select(d => d.Text)).ShouldBe(row.Previous);
        }
        // 2025 年 replaces 下一步， in the first measure of 五
        var measure = rows.Single(r => r.Kind == SentenceChangeKind.Changed && r.Current!.Contains("一是扎实推进依申请公开工作"));
        measure.Diff.ShouldContain(d => d.Kind == DiffKind.Inserted && d.Text.Contains("2025"));
        measure.Diff.ShouldContain(d => d.Kind == DiffKind.Deleted && d.Text.Contains("下一步"));

        // every sentence of both years appears once
        var currentSentences = rows.Count(r => r.Current is not null);
        var previousSentences = rows.Count(r => r.Previous is not null);
        currentSentences.ShouldBe(comparison.Sections.Sum(s => s.Sentences.Count(r => r.Kind != SentenceChangeKind.Removed)));
        previousSentences.ShouldBe(comparison.Sections.Sum(s => s.Sentences.Count(r => r.Kind != SentenceChangeKind.Added)));
    }

    [Fact]
    public void Tables_are_compared_cell_by_cell_with_the_change()
    {
        var (now, before) = (fixture.Sample("038"), fixture.Sample("037"));
        var comparison = fixture.Comparer.Compare(now, before);
        var applications = comparison.Tables.Single(t => t.Table == TableNames.Applications);
        applications.CurrentStatus.ShouldBe(TableStatus.Parsed);

        var newTotal = applications.Cells.Single(c => c.Column == nameof(ApplicantType.Total) && c.Row == now.Tables.Applications.Row("new")!.Label);
        var (was, @is) = (before.Tables.Applications.Row("new")!.Cells[ApplicantType.Total], now.Tables.Applications.Row("new")!.Cells[ApplicantType.Total]);
        newTotal.Previous.ShouldBe(was.Raw);
        newTotal.Current.ShouldBe(@is.Raw);
        newTotal.Delta.ShouldBe(@is.Value - was.Value);
        newTotal.Kind.ShouldBe(was.Value == @is.Value ? CellChangeKind.Same : CellChangeKind.Changed);

        // every cell read in both years is paired (none counted as added/removed when both tables were read whole)
        var cellsNow = now.Tables.Applications.Rows.Sum(r => r.Cells.Count);
        applications.Cells.Count(c => c.Current is not null).ShouldBe(cellsNow);
        comparison.Tables.Single(t => t.Table == TableNames.ReviewLitigation).Cells.Count.ShouldBe(15);
    }
}
