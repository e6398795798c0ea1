using SearchMining.Core.Domain;
using SearchMining.Core.Evaluation;
using SearchMining.Core.Tests.Support;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Core.Tests.Evaluation;

public class ParserAuditTests
{
    private const string File = "data/corpus/pages/p004_zijin_fenganzhen_2012.txt";

    private static ParseOutcome Parse() => ParseOutcome.Success(DevCorpus.Report("pages/p004_zijin_fenganzhen_2012.txt"));

    [Theory]
    [InlineData("gold.jsonl")]
    [InlineData("independent-reading.jsonl")]
    [InlineData("holdout.jsonl")]
    [InlineData("holdout-second-reading.jsonl")]
    [InlineData("holdout2.jsonl")]
    [InlineData("holdout2-second-reading.jsonl")]
    [InlineData("holdout2-independent.jsonl")]
    [InlineData("holdout3.jsonl")]
    [InlineData("holdout3-second.jsonl")]
    [InlineData("holdout3-independent.jsonl")]
    [InlineData("holdout4.jsonl")]
    [InlineData("holdout4-independent.jsonl")]
    [InlineData("holdout5.jsonl")]
    [InlineData("holdout5-independent.jsonl")]
    [InlineData("holdout6.jsonl")]
    [InlineData("holdout6-independent.jsonl")]
    [InlineData("holdout7.jsonl")]
    [InlineData("holdout7-independent.jsonl")]
    [InlineData("holdout8.jsonl")]
    [InlineData("holdout8-independent.jsonl")]
    [InlineData("holdout9.jsonl")]
    [InlineData("holdout9-independent.jsonl")]
    [InlineData("holdout10.jsonl")]
    [InlineData("holdout10-independent.jsonl")]
    [InlineData("holdout11.jsonl")]
    [InlineData("holdout11-independent.jsonl")]
    [InlineData("holdout12.jsonl")]
    [InlineData("holdout12-independent.jsonl")]
    [InlineData("holdout13.jsonl")]
    [InlineData("holdout13-independent.jsonl")]
    [InlineData("holdout14.jsonl")]
    [InlineData("holdout14-independent.jsonl")]
    [InlineData("holdout15.jsonl")]
    [InlineData("holdout15-independent.jsonl")]
    [InlineData("holdout16.jsonl")]
    [InlineData("holdout16-independent.jsonl")]
    [InlineData("holdout17.jsonl")]
    [InlineData("holdout17-independent.jsonl")]
    public void The_committed_gold_file_reads_without_errors_and_names_only_existing_files(string name)
    {
        var read = GoldFile.Read(System.IO.File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", "corpus", "gold", name)));
        read.Errors.ShouldBeEmpty();
        read.Facts.Count.ShouldBeGreaterThanOrEqualTo(9); // a second reading covers the odd half of a round: 9 of holdout 17's 17
        read.Facts.ShouldAllBe(f => System.IO.File.Exists(Path.Combine(RepoPaths.Root, f.File)));
    }

    [Fact]
    public void Fields_are_scored_as_written_and_a_missing_field_is_not_scored()
    {
        var gold = GoldFile.Read([
            $$"""{"file":"{{File}}","agency":"凤安镇","phones":["0762-7405328","0762-0000000"],"emails":[],"sectionsPresent":["Overview","Problems"],"commitmentCount":5}""",
        ]).Facts.Single();
        var audit = ParserAudit.Score([(gold, Parse())]);
        Score(audit, "agency").Correct.ShouldBe(1);
        // the parser reads 0762—7405328 (long dash): the same digits; the made-up second number is a false negative
        var phones = Score(audit, "phones");
        (phones.TruePositives, phones.FalsePositives, phones.FalseNegatives).ShouldBe((1, 0, 1));
        // the report has six sections: four are false positives against this gold set
        Score(audit, "sectionsPresent").FalsePositives.ShouldBe(4);
        Score(audit, "commitmentCount").Correct.ShouldBe(0);
        Score(audit, "year").Count.ShouldBe(0); // not annotated
        audit.Errors.ShouldContain(e => e.Field == "commitmentCount" && e.Expected == "5");
    }

    [Fact]
    public void A_rejected_report_counts_as_giving_nothing()
    {
        var gold = GoldFile.Read([$$"""{"file":"x.txt","year":2012,"phones":["87382166"]}"""]).Facts.Single();
        var audit = ParserAudit.Score([(gold, ParseOutcome.Failure("x.txt", ParseErrorKind.NotAReport, "no"))]);
        audit.Rejected.Count.ShouldBe(1);
        Score(audit, "year").Correct.ShouldBe(0);
        Score(audit, "phones").Recall.ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"agency":"x"}""", "'file' is required")]
    [InlineData("""{"file":"a.txt","agencyName":"x"}""", "unknown field 'agencyName'")]
    [InlineData("""{"file":"a.txt","publishDate":"2020/1/2"}""", "line 1")]
    [InlineData("""{"file":"a.txt","level":"Village"}""", "line 1")]
    public void A_broken_gold_line_is_reported_with_its_line_number(string line, string message)
    {
        var read = GoldFile.Read([line]);
        read.Errors.Single().ShouldContain(message);
    }

    private static FieldScore Score(AuditResult audit, string field) => audit.Fields.Single(f => f.Field == field);
}
