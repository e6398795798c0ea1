using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Tests.Years;
using SearchMining.Mining.YearOverYear;
using Shouldly;

namespace SearchMining.Mining.Tests.YearOverYear;

[Collection(SampleSeriesCollection.Name)]
public sealed class ReuseRateTests(SampleSeriesFixture fixture)
{
    [Fact]
    public void A_report_against_itself_is_reused_entirely_overall_and_in_every_section()
    {
        foreach (var report in fixture.Reports.Where(r => r.Sections.Count > 0))
        {
            var self = fixture.Comparer.Compare(report, report);
            self.ReuseRate.ShouldBe(1.0, report.SourceFile);
            self.CountedChars.ShouldBeGreaterThan(0, report.SourceFile);
            self.Sections.Where(s => s.CountedChars > 0).ShouldAllBe(s => s.ReuseRate == 1.0);
            self.Sections.SelectMany(s => s.Sentences).ShouldAllBe(row => row.Kind == SentenceChangeKind.Unchanged);
            self.Tables.SelectMany(t => t.Cells).ShouldAllBe(c => c.Kind == CellChangeKind.Same);
        }
    }

    [Fact]
    public void Another_agencys_report_is_reused_little_and_far_less_than_the_same_agencys_last_year()
    {
        // agencies of different places (two agencies of one district may share a district template: 000 and 003 of
        // 枣庄市市中区 share about a third of their text — a finding, reported in docs/MINING.md)
        var full = fixture.Reports.Where(r => r.Sections.Count >= 4 && fixture.Directory.OfReport(r.Id) is not null).ToList();
        bool SharePlace(Report a, Report b) => fixture.Directory.OfReport(a.Id)!.Places.Names.Intersect(fixture.Directory.OfReport(b.Id)!.Places.Names).Any();
        var crossAgency = (from a in full
                           from b in full
                           where fixture.Directory.OfReport(a.Id) != fixture.Directory.OfReport(b.Id) && !SharePlace(a, b)
                           select (a, b, fixture.Comparer.Meter.Measure(ReportComparer.WholeText(a), ReportComparer.WholeText(b)).Rate ?? 0)).ToList();
        crossAgency.Count.ShouldBeGreaterThan(50);
        var worst = crossAgency.MaxBy(x => x.Item3);
        worst.Item3.ShouldBeLessThan(0.10, $"{worst.a.SourceFile} vs {worst.b.SourceFile}");

        // 洪泽区 2024 repeats whole sentences of 2023 (section 五's measures 一是, 三是; its 六 except the year)
        var hongze = fixture.Comparer.Compare(fixture.Sample("038"), fixture.Sample("037"));
        hongze.ReuseRate!.Value.ShouldBeGreaterThan(3 * worst.Item3);
        hongze.Sections.Single(s => s.Topic == SectionTopic.Problems).ReuseRate!.Value.ShouldBeGreaterThan(0.3);
    }

    [Fact]
    public void A_near_duplicate_counts_as_reused_but_for_the_changed_characters()
    {
        var meter = new ShingleReuseMeter(TemplatePhrases.None);
        var other = fixture.Sample("038").Sections.Single(s => s.Topic == SectionTopic.Other).Text;   // 2024 年，区政府严格落实…0 元。
        other.ShouldContain("2024");
        var edited = other.Replace("2024", "2023");

        var reuse = meter.Measure(edited, other);
        reuse.Rate!.Value.ShouldBeGreaterThan(0.8);
        reuse.Rate!.Value.ShouldBeLessThan(1.0);
        // only the year is new: the changed digit and, at the very start of the text, the digits before it
        (reuse.CountedChars - reuse.ReusedChars).ShouldBeInRange(1, 4);
        reuse.Sentences.ShouldAllBe(s => s.PreviousStart >= 0 && s.Share > 0.8);
    }

    [Fact]
    public void Template_phrases_shared_by_many_agencies_are_left_out_of_the_count()
    {
        // table 三's row labels and a stock opening of 总体情况
        fixture.Template.ContainsPhrase("本年新收政府信息公开").ShouldBeTrue();
        fixture.Template.ContainsPhrase("上年结转政府信息公开").ShouldBeTrue();
        fixture.Template.ContainsPhrase("坚持以习近平新时代中国特色社会").ShouldBeTrue();
        fixture.Template.ContainsPhrase("洪泽区人民政府办").ShouldBeFalse();

        // two agencies' table 三 share mostly the template's labels: with the labels left out little remains reused
        var (a, b) = (fixture.Sample("038"), fixture.Sample("040"));
        string Applications(Report r) => r.Sections.Single(s => s.Topic == SectionTopic.Applications).Text;
        var plain = new ShingleReuseMeter(TemplatePhrases.None).Measure(Applications(a), Applications(b));
        var learned = fixture.Comparer.Meter.Measure(Applications(a), Applications(b));
        plain.Rate!.Value.ShouldBeGreaterThan(0.5);
        learned.Rate!.Value.ShouldBeLessThan(plain.Rate.Value / 2);
        learned.CountedChars.ShouldBeLessThan(plain.CountedChars);
    }

    [Fact]
    public void Section_five_reuse_names_the_repeated_sentences_with_their_offsets()
    {
        var (now, before) = (fixture.Sample("038"), fixture.Sample("037"));
        var reuse = fixture.Comparer.Reuse(now, before, SectionTopic.Problems);
        var text = now.Sections.Single(s => s.Topic == SectionTopic.Problems).Text;
        var previous = before.Sections.Single(s => s.Topic == SectionTopic.Problems).Text;

        var repeated = reuse.Repeated().ToList();
        repeated.ShouldNotBeEmpty();
        foreach (var sentence in repeated)
        {
            var said = text[sentence.Start..sentence.End];
            var earlier = previous[sentence.PreviousStart..sentence.PreviousEnd];
            // the repeated sentence's words are in last year's section
            previous.ShouldContain(said.Length > 12 ? said[^12..^1] : said.TrimEnd('。'));
            earlier.ShouldNotBeEmpty();
        }
        repeated.Any(s => text.Substring(s.Start, s.End - s.Start).Contains("实行政府信息公开工作人员跟班学习制度")).ShouldBeTrue();
    }
}
