using SearchMining.Analysis.Lucene;
using Shouldly;

namespace SearchMining.Analysis.Tests.Lucene;

/// <summary>SmartCn with the domain dictionary on top (<see cref="DomainWordFilter"/>), on a sentence of a real report.</summary>
public sealed class SmartCnAnalyzerTests
{
    // 038_hongze_quzhengfu_2024: 加强政务新媒体运维管理
    private const string Sentence = "加强政务新媒体运维管理";

    [Fact]
    public void SmartCn_alone_cuts_the_domain_word_into_parts()
    {
        using var plain = new SmartCnAnalyzer();
        var terms = TokenStreamReader.Read(plain, Sentence).Select(t => t.Term).ToList();
        terms.ShouldNotContain("政务新媒体");
        string.Concat(terms).ShouldBe(Sentence); // nothing dropped: the parts spell the sentence
    }

    [Fact]
    public void The_domain_dictionary_adds_the_joined_word_at_its_first_part_and_keeps_the_parts()
    {
        var words = DomainWords.LoadDefault();
        words.ShouldContain("政务新媒体");
        using var plain = new SmartCnAnalyzer();
        using var domain = new SmartCnAnalyzer(words);
        var parts = TokenStreamReader.Read(plain, Sentence);
        var tokens = TokenStreamReader.Read(domain, Sentence);
        var added = tokens.Where(t => !parts.Any(p => (p.Term, p.Start, p.End) == (t.Term, t.Start, t.End))).ToList();
        added.ShouldAllBe(t => words.Contains(t.Term) && t.Term == Sentence.Substring(t.Start, t.End - t.Start)); // only dictionary words, as written

        var joined = tokens.Single(t => t.Term == "政务新媒体");
        (joined.Start, joined.End).ShouldBe((Sentence.IndexOf("政务新媒体", StringComparison.Ordinal), Sentence.IndexOf("政务新媒体", StringComparison.Ordinal) + 5));
        joined.PositionIncrement.ShouldBe(1);
        var next = tokens[tokens.IndexOf(joined) + 1];
        next.Start.ShouldBe(joined.Start); // the first part stacks on the joined word
        next.PositionIncrement.ShouldBe(0);
        tokens.Except(added).Select(t => (t.Term, t.Start, t.End)).ShouldBe(parts.Select(t => (t.Term, t.Start, t.End)));
        tokens.Sum(t => t.PositionIncrement).ShouldBe(parts.Sum(t => t.PositionIncrement)); // phrases over the parts still match
    }
}
