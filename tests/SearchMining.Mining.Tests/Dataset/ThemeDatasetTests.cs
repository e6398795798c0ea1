using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using Shouldly;

namespace SearchMining.Mining.Tests.Dataset;

/// <summary>The dataset `train` reads: sources and splits kept apart by agency, not-a-statement lines left out.</summary>
[Collection(MiningCollection.Name)]
public sealed class ThemeDatasetTests(MiningFixture fixture)
{
    [Fact]
    public void Dev_test_and_samples_never_share_an_agency_and_unusable_lines_are_left_out()
    {
        var data = fixture.Dataset;
        data.Dev.Count.ShouldBeGreaterThan(400);
        data.TestCount.ShouldBeGreaterThan(100);
        // parser round 2 no longer emits the table rows and annex titles once flagged not-a-statement (rekey-round2.tsv)
        data.Excluded.ShouldBe(0);
        data.Dev.Concat(data.TestSplitForReport()).ShouldAllBe(s => s.Flag != ThemeDataset.NotAStatement && !s.Synthetic);
        var test = data.TestAgencies.ToHashSet();
        data.Dev.Concat(data.Samples).Select(ThemeDataset.AgencyOf).ShouldAllBe(a => !test.Contains(a));
        data.Synthetic.ShouldAllBe(s => s.Synthetic);
        // the samples of 平潭综合实验区 (039/040/045_pingtan_shiyanqu) are the agency of the corpus's g004/g005_pingtan_shiyanqu
        data.Samples.Where(s => s.Source.StartsWith("040_", StringComparison.Ordinal)).Select(ThemeDataset.AgencyOf).Distinct().ShouldBe(["pingtan_shiyanqu"]);
        data.Dev.Select(ThemeDataset.AgencyOf).ShouldContain("pingtan_shiyanqu");
    }

    [Fact]
    public void Training_without_an_agency_drops_its_corpus_and_sample_statements_but_keeps_synthetic_ones()
    {
        var data = fixture.Dataset;
        var without = data.Training(TrainingSources.All, new HashSet<string> { "pingtan_shiyanqu" });
        without.ShouldNotContain(s => ThemeDataset.AgencyOf(s) == "pingtan_shiyanqu");
        without.Count(s => s.Synthetic).ShouldBe(data.Synthetic.Count);
        data.Training(TrainingSources.Corpus).ShouldBe(data.Dev);
        data.Training(TrainingSources.All).Count.ShouldBe(data.Dev.Count + data.Samples.Count + data.Synthetic.Count);
    }

    [Fact]
    public void Lines_flagged_not_a_statement_are_left_out_of_both_splits()
    {
        LabelledStatement Line(string split, int start, string? flag = null) =>
            new("一是加强培训。", "g001_a_ju_2020.txt", "a_ju", StatementKind.Measure, ["training"], false,
                Id: $"g001@{start}-{start + 7}", Split: split, Slug: split == "dev" ? "a_ju" : "b_ju", Flag: flag);
        var corpus = new LabelSet([Line("dev", 0), Line("dev", 7, ThemeDataset.NotAStatement), Line("test", 14, ThemeDataset.NotAStatement), Line("test", 21)], []);
        var (data, errors) = ThemeDataset.Create(LabelSet.Empty, corpus);
        errors.ShouldBeEmpty();
        data!.Excluded.ShouldBe(2);
        data.Dev.Count.ShouldBe(1);
        data.TestCount.ShouldBe(1);
    }

    [Fact]
    public void A_test_agency_in_the_samples_or_on_both_sides_is_refused()
    {
        LabelledStatement Line(string slug, string split) =>
            new("一是加强培训。", $"g001_{slug}_2020.txt", slug, StatementKind.Measure, ["training"], false, Id: $"g001@{slug.Length}-9", Split: split, Slug: slug);
        var corpus = new LabelSet([Line("a_ju", "dev"), Line("a_ju", "test")], []);
        var (data, errors) = ThemeDataset.Create(LabelSet.Empty, corpus);
        data.ShouldBeNull();
        errors.ShouldContain(e => e.Contains("a_ju") && e.Contains("both sides"));
    }
}
