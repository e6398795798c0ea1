using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Scale.Generation;
using Shouldly;

namespace SearchMining.Scale.Tests;

public sealed class ReportComposerTests(SourceCorpusFixture sources) : IClassFixture<SourceCorpusFixture>
{
    [Fact]
    public void Only_complete_template_reports_of_the_samples_are_sources()
    {
        // The 17 samples hold 5 partial or pre-2019 reports; the rest have the six template sections.
        sources.Corpus.Reports.Count.ShouldBe(12);
        sources.Corpus.Skipped.Count.ShouldBe(5);
        sources.Corpus.Skipped.ShouldContain(s => s.Contains("015_linzi_qiling_jiedao_2019_tail.txt"));
        sources.Corpus.Reports.ShouldAllBe(r => r.Sections.Count == 6);
    }

    [Fact]
    public void The_same_seed_gives_the_same_reports_and_another_seed_other_ones()
    {
        var a = new ReportComposer(sources.Corpus, 18);
        var b = new ReportComposer(sources.Corpus, 18);
        var c = new ReportComposer(sources.Corpus, 19);
        foreach (var n in new[] { 0, 1, 7, 999, 54321 })
        {
            b.Compose(n).Text.ShouldBe(a.Compose(n).Text);
            c.Compose(n).Text.ShouldNotBe(a.Compose(n).Text);
        }
    }

    [Fact]
    public void Generated_reports_parse_back_to_their_generated_agency_year_region_and_six_sections()
    {
        var composer = new ReportComposer(sources.Corpus, 18);
        var parser = new ReportParser();
        var levels = new HashSet<AdministrativeLevel>();
        var sizes = new List<int>();
        for (var n = 0; n < 240; n += 3)
        {
            var generated = composer.Compose(n);
            var report = parser.Parse(generated.Text, Path.GetFileName(generated.RelativePath)).Report.ShouldNotBeNull();
            report.Agency.ShouldBe(generated.Agency.Name);
            report.Year.ShouldBe(generated.Year);
            report.Region.Province.ShouldBe(generated.Agency.Province);
            report.Region.City.ShouldBe(generated.Agency.City);
            report.Region.County.ShouldBe(generated.Agency.County);
            report.Level.ShouldBe(generated.Agency.Level);
            report.Sections.Select(s => s.Topic).ShouldBe(SourceCorpus.TemplateTopics);
            report.Contact.ShouldNotBeNull().Emails.ShouldContain($"gk{n}@example.gov.cn");
            for (var slot = 0; slot < 6; slot++)
            {
                var source = sources.Corpus.Reports.Single(r => r.File == generated.SourceFiles[slot]);
                foreach (var name in source.AgencyNames) report.Sections[slot].Text.ShouldNotContain(name);
            }
            levels.Add(report.Level);
            sizes.Add(System.Text.Encoding.UTF8.GetByteCount(generated.Text));
        }
        levels.Count.ShouldBeGreaterThanOrEqualTo(4);
        sizes.Average().ShouldBeInRange(8_000, 14_000); // issue 18: about 11 KB of text a report
    }

    [Fact]
    public void A_section_taken_from_another_year_has_its_years_shifted_to_the_report_year()
    {
        var composer = new ReportComposer(sources.Corpus, 18);
        var shifted = 0;
        for (var n = 0; n < 60; n++)
        {
            var generated = composer.Compose(n);
            var problems = generated.SourceFiles[4];
            var source = sources.Corpus.Reports.Single(r => r.File == problems);
            if (source.Year == generated.Year || !source.Sections[4].Contains($"{source.Year}年")) continue;
            var section = new ReportParser().Parse(generated.Text, "x.txt").Report!.Sections[4].Text;
            section.ShouldNotContain($"{source.Year}年", customMessage: $"report {n}: section 五 from {problems}");
            section.ShouldContain($"{generated.Year}年");
            shifted++;
        }
        shifted.ShouldBeGreaterThan(0);
    }
}
