using SearchMining.Core.Corpus;
using SearchMining.Core.Ingestion;
using SearchMining.Mining.Distributional;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Distributional;

/// <summary>The bigram table on real report text: reproducible, round-trips through its stored form, skips seeds.</summary>
public sealed class BigramTableTests
{
    private static readonly Lazy<IReadOnlyList<string>> SampleText = new(() =>
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, CorpusFolders.Samples), "*.txt").Order(StringComparer.Ordinal).ToList();
        var sentences = UnlabelledText.ReadAsync(files, new ReportFileReader().ReadAsync, CancellationToken.None).GetAwaiter().GetResult();
        return sentences.Select(s => s.Text).ToList();
    });

    [Fact]
    public void The_same_text_gives_the_same_table_and_fingerprint()
    {
        var first = BigramTableBuilder.Build(SampleText.Value.ToList());
        var second = BigramTableBuilder.Build(SampleText.Value.ToList());
        first.Count.ShouldBeGreaterThan(100);
        second.Fingerprint.ShouldBe(first.Fingerprint);
        second.ToTsv().ShouldBe(first.ToTsv());
        var other = BigramTableBuilder.Build(SampleText.Value.Skip(10).ToList());
        other.Fingerprint.ShouldNotBe(first.Fingerprint);
    }

    [Fact]
    public void The_stored_form_reads_back_to_the_same_features()
    {
        var table = BigramTableBuilder.Build(SampleText.Value.ToList());
        var read = BigramTable.Parse(table.ToTsv());
        read.Fingerprint.ShouldBe(table.Fingerprint);
        read.Sentences.ShouldBe(SampleText.Value.Count);
        const string statement = "三是加强督促检查，定期对各单位政务公开栏目更新情况进行通报。";
        read.Features(statement).ShouldBe(table.Features(statement));
        Should.Throw<FormatException>(() => BigramTable.Parse("#window=4\tsentences=1\n督促\t1,2\n"));
    }

    [Fact]
    public void A_theme_s_own_seed_bigrams_have_no_similarity_to_it_and_other_has_none()
    {
        var table = BigramTableBuilder.Build(SampleText.Value.ToList());
        var supervision = ThemeIds.All.ToList().IndexOf(ThemeIds.Supervision);
        var other = ThemeIds.All.ToList().IndexOf(ThemeIds.Other);
        foreach (var seed in DistributionalSeeds.Bigrams[supervision])
            table.Similarity(seed, supervision).ShouldBe(0);
        DistributionalSeeds.Bigrams[supervision].ShouldContain("监督");
        DistributionalSeeds.Bigrams[supervision].ShouldNotContain("督促");
        table.Features("一是进一步加强政务公开工作的监督检查和考核评议。")[other].ShouldBe(0);
        table.Nearest(supervision, 5).Count.ShouldBe(5);
    }

    [Fact]
    public void Bigrams_are_taken_within_runs_of_ideographs_and_joined_across_them()
    {
        CjkBigrams.Of("督促检查，A1通报").ShouldBe(["督促", "促检", "检查", "通报"]);
        CjkBigrams.Of("abc").ShouldBeEmpty();
    }
}
