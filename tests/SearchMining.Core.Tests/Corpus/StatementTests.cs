using SearchMining.Core.Domain;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

[Collection(SampleCorpusCollection.Name)]
public class StatementTests(SampleCorpus corpus)
{
    private static StatementKind[] Kinds(Report r) => r.Statements.Select(s => s.Kind).ToArray();

    [Fact]
    public void Seed_000_rectification_problem_and_two_measures()
    {
        var report = corpus.Report("000_");
        Kinds(report).ShouldBe([StatementKind.Rectification, StatementKind.Problem, StatementKind.Measure, StatementKind.Measure]);
        report.Statements[0].Text.ShouldStartWith("针对主动公开的内容不够丰富的问题");
        report.Statements[1].Text.ShouldBe("目前存在的主要问题是，信息公开需进一步规范细化，做到及时公开。");
        report.Statements[2].Marker.ShouldBe("一是");
        report.Statements[2].Text.ShouldStartWith("一是加强工作人员的业务知识培训");
        report.Statements[3].Text.ShouldEndWith("与群众沟通的渠道更加畅通。");
    }

    [Fact]
    public void Seed_001_numbered_problems_then_numbered_measures_after_a_lead_in()
    {
        var report = corpus.Report("001_49");
        Kinds(report).ShouldBe([StatementKind.Problem, StatementKind.Problem, StatementKind.Problem,
            StatementKind.Measure, StatementKind.Measure, StatementKind.Measure]);
        report.Statements[0].Text.ShouldBe("1. 主动意识不足。政务公开的主动作为意识较为薄弱，缺乏积极主动向社会公开信息的内生动力，仅满足于规定动作。");
        report.Statements[0].Marker.ShouldBe("1.");
        // the lead-in "下一步，将从以下几个方面改进：" is not a statement
        report.Statements.ShouldNotContain(s => s.Text.Contains("以下几个方面"));
    }

    [Fact]
    public void Seed_002_clauses_inside_headed_paragraphs()
    {
        var report = corpus.Report("002_9d");
        Kinds(report).ShouldBe([StatementKind.Problem, StatementKind.Problem, StatementKind.Problem,
            StatementKind.Measure, StatementKind.Measure, StatementKind.Measure]);
        report.Statements[1].Text.ShouldBe("一是信息公开的工作制度和程序不够优化；");
        report.Statements[2].Text.ShouldBe("二是公开内容侧重点不够明确。");
        report.Statements[4].Text.ShouldBe("二是提升公开内容质量，加强政策解读，进一步提升为企服务水平。");
    }

    [Fact]
    public void Seed_003_one_statement_per_line_clause()
    {
        var report = corpus.Report("003_");
        Kinds(report).ShouldBe([StatementKind.Rectification, StatementKind.Rectification, StatementKind.Problem,
            StatementKind.Problem, StatementKind.Measure, StatementKind.Measure]);
        report.Statements[3].Text.ShouldStartWith("二是公开渠道有限。街道信息公开大多通过政府门户网站");
    }

    [Fact]
    public void Seed_004_bracketed_problems_and_improvement_clauses()
    {
        var report = corpus.Report("004_");
        Kinds(report).ShouldBe([StatementKind.Problem, StatementKind.Problem, StatementKind.Measure, StatementKind.Measure]);
        report.Statements[0].Text.ShouldBe("(一) 主动公开的信息不够全面，覆盖面不广。");
        report.Statements[3].Text.ShouldBe("二是创新宣传方式，积极开展宣讲会、座谈会等，深入沟通交流，增强宣传实效。");
    }

    [Fact]
    public void A_list_restarting_after_a_lead_in_sentence_switches_to_measures()
    {
        // 040 (flattened): "…三是政策解读形式单一…。 2023年，我区将采取以下措施加以改进。一是丰富意见征集形式…"
        var report = corpus.Report("040_");
        Kinds(report).ShouldBe([StatementKind.Problem, StatementKind.Problem, StatementKind.Problem,
            StatementKind.Measure, StatementKind.Measure, StatementKind.Measure]);
        report.Statements[2].Text.ShouldBe("三是政策解读形式单一，缺少多个角度多种形式的解读。");
    }

    [Fact]
    public void Problems_and_measures_in_two_old_template_sections_are_both_read()
    {
        var report = corpus.Report("022_");
        report.Statements.Count.ShouldBe(4);
        report.Statements[0].Kind.ShouldBe(StatementKind.Problem);
        report.Statements.Skip(1).ShouldAllBe(s => s.Kind == StatementKind.Measure);
        report.Statements.Select(s => s.SectionOrdinal).Distinct().ShouldBe([3, 4]);
    }

    [Fact]
    public void Statement_offsets_point_into_the_section_text_and_back_to_the_source()
    {
        foreach (var prefix in new[] { "000_", "001_49", "002_9d", "003_", "004_", "002_huaian", "039_" })
        {
            var report = corpus.Report(prefix);
            report.Statements.ShouldNotBeEmpty();
            foreach (var st in report.Statements)
            {
                var section = report.Sections.Single(s => s.Ordinal == st.SectionOrdinal);
                section.Text[st.Start..st.End].ShouldBe(st.Text);
                st.SourceStart.ShouldBeGreaterThanOrEqualTo(section.SourceStart);
                report.SourceText[st.SourceStart..].ShouldStartWith(st.Text[..2]);
            }
        }
    }

    [Fact]
    public void Every_measure_is_a_commitment_with_agency_and_year()
    {
        var report = corpus.Report("003_");
        var measures = report.Statements.Where(s => s.Kind == StatementKind.Measure).ToList();
        report.Commitments.Count.ShouldBe(measures.Count);
        report.Commitments.ShouldAllBe(c => c.Agency == "枣庄市市中区矿区街道办事处" && c.Year == 2024 && c.ReportId == report.Id);
        report.Commitments[0].Text.ShouldBe(measures[0].Text);
        report.Commitments[0].Start.ShouldBe(measures[0].Start);
    }

    [Fact]
    public void A_problem_sentence_running_into_a_plan_is_split_at_the_plan()
    {
        var report = corpus.Report("013_");
        report.Statements.Select(s => (s.Kind, s.Text)).ShouldBe(
        [
            (StatementKind.Problem, "公开存在的主要问题是内容公开不够全面,"),
            (StatementKind.Measure, "下步打算将进一步扩大政府公开内容,确保信息公开的及时性、有效性。"),
        ]);
    }

    [Fact]
    public void Statement_splitting_of_the_corpus_stays_stable()
    {
        // The theme labels of SearchMining.Mining are keyed on these exact statements: a change here must be deliberate.
        var perFile = corpus.Outcomes.Where(o => o.Value.Report is not null)
            .Select(o => $"{o.Key[..3]}:{o.Value.Report!.Statements.Count}").Order().ToList();
        perFile.ShouldBe(["000:4", "001:10", "001:6", "002:4", "002:6", "003:6", "004:4", "009:2", "013:2", "015:6",
            "022:4", "027:0", "037:5", "038:4", "039:5", "040:6", "045:5"]);
        corpus.Outcomes.Values.Sum(o => o.Report?.Statements.Count ?? 0).ShouldBe(79);
    }
}
