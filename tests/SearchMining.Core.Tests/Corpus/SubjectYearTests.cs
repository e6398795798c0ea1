using SearchMining.Core.Parsing.Metadata;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

/// <summary>
/// Wave 16 (issue 12): a report without a title, statistics period or lead naming its year tells its year in a sentence
/// whose subject is the body (2022年我委共制发公文…). Real dev page: holdout 14's h1419, released to dev after its one
/// scoring; the expected year is its gold line's.
/// </summary>
public class SubjectYearTests
{
    private const string H1419 = "holdout14/h1419_haikou_fagaiwei_2022.txt";

    [Fact]
    public void The_year_of_a_sentence_whose_subject_is_the_body_wins_over_the_years_of_the_documents_it_published()
    {
        // 2022年我委共制发公文4476件 … 公布我委2021年部门决算和2022年度部门预算、2021年度财政支出项目绩效评价报告: 2021 and 2022
        // are each written twice, and the tie went to the earlier year
        DevCorpus.Report(H1419).Year.ShouldBe(2022);
    }

    [Fact]
    public void Without_that_sentence_the_years_written_most_often_still_decide()
    {
        var text = DevCorpus.Text(H1419);
        text.ShouldContain("2022年我委共制发公文");
        var withoutSubject = text.Replace("2022年我委共制发公文", "我委共制发公文", StringComparison.Ordinal);
        // 2021 twice, 2022 once now: the count decides, as before this rule
        DateAndYearReader.Year(withoutSubject, titleYear: null).ShouldBe(2021);
        DateAndYearReader.Year(text, titleYear: null).ShouldBe(2022);
    }

    [Fact]
    public void Subject_sentences_naming_two_years_decide_nothing()
    {
        // a report that tells of last year beside this one (2021年我委… 2022年我委…) leaves the choice to the count
        var text = DevCorpus.Text(H1419).Replace("继续做好政府信息公开工作。", "继续做好政府信息公开工作。2021年我委共制发公文4100件。", StringComparison.Ordinal);
        DateAndYearReader.Year(text, titleYear: null).ShouldBe(2021); // 2021 three times, 2022 twice
    }
}
