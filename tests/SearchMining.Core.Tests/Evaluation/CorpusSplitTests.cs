using System.Diagnostics;
using SearchMining.Core.Corpus;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Core.Tests.Evaluation;

public class CorpusSplitTests
{
    [Fact]
    public void The_csharp_split_agrees_with_scripts_corpus_split_py_on_every_real_file()
    {
        // the real file list, plus names made up so both sides of the hash are exercised whatever the corpus holds
        var madeUp = Directory.CreateTempSubdirectory("split-names-");
        for (var i = 0; i < 24; i++) File.WriteAllText(Path.Combine(madeUp.FullName, $"x{i:000}_agency_{i}_20{10 + i % 15}.txt"), "");
        var folders = new[] { Path.Combine(RepoPaths.Root, "data", "corpus"), RepoPaths.SampleReports, madeUp.FullName };
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "corpus-split.py"));
        foreach (var folder in folders) start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
        madeUp.Delete(recursive: true);

        var split = CorpusSplit.ForRepository(RepoPaths.Root);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeGreaterThanOrEqualTo(17 + 24);
        lines.ShouldContain(l => l.StartsWith("test\t")); // a third of the made-up agencies
        lines.ShouldContain(l => l.StartsWith("dev\t") && l.Contains("x0"));
        foreach (var line in lines)
        {
            var (part, path) = (line[..line.IndexOf('\t')], line[(line.IndexOf('\t') + 1)..]);
            split.PartOf(path).ToString().ToLowerInvariant().ShouldBe(part, path);
        }
        // every sample is dev (tuned on before the split); a named sample keeps its slug
        lines.Where(l => l.Contains("samples")).ShouldAllBe(l => !l.StartsWith("test"));
    }

    [Theory]
    [InlineData("g012_pingtan_jiaotongju_2021.txt", "pingtan_jiaotongju")]
    [InlineData("p101_xingguo_nankengxiang_2012_head.txt", "xingguo_nankengxiang")]
    [InlineData("015_linzi_qiling_jiedao_2019_tail.txt", "linzi_qiling_jiedao")]
    [InlineData("000_ae1eda295b428d02.txt", null)]
    [InlineData("README.md", null)]
    public void The_agency_slug_is_the_part_between_the_number_and_the_year(string file, string? slug)
    {
        CorpusSplit.SlugOf(file).ShouldBe(slug);
    }

    [Fact]
    public void An_unnamed_file_counts_as_test_and_a_sample_agency_is_always_dev()
    {
        var split = new CorpusSplit(["hongze_quzhengfu"]);
        split.PartOf("data/corpus/pages/report.txt").ShouldBe(CorpusPart.Unnamed);
        split.IsDev("data/corpus/pages/report.txt").ShouldBeFalse();
        split.IsDev("data/corpus/github/g099_hongze_quzhengfu_2019.txt").ShouldBeTrue();
    }

    [Fact]
    public void Released_holdouts_are_dev_by_their_folder_and_no_other_folder_is()
    {
        var split = CorpusSplit.ForRepository(RepoPaths.Root);
        foreach (var folder in new[] { "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17" })
        {
            var holdout = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "data", "corpus", folder), "*.txt").ToList();
            holdout.Count.ShouldBeGreaterThanOrEqualTo(17); // rounds 1–12 hold 54–57 reports, round 13 holds 43, round 14 holds 32, round 15 holds 31, round 16 holds 27, round 17 holds 17
            // the slugs were collected on the test side of the hash; the released folder makes them dev
            holdout.ShouldAllBe(f => split.IsDev(f));
            var name = Path.GetFileName(holdout[0]);
            split.PartOf(name).ShouldBe(CorpusPart.Test);
            split.PartOf($"data/corpus/{folder}/{name}").ShouldBe(CorpusPart.Dev);
            // a holdout not yet released is test by its folder, another folder by the hash
            split.PartOf($"data/corpus/holdout18/{name}").ShouldBe(CorpusPart.Test);
            split.PartOf($"data/corpus/holdout33/{name}").ShouldBe(CorpusPart.Test);
            split.PartOf($"data/corpus/pages/{name}").ShouldBe(CorpusPart.Test);
        }
    }

    [Fact]
    public void A_holdout_folder_not_yet_released_is_test_whatever_the_slug_hashes_to()
    {
        var split = CorpusSplit.ForRepository(RepoPaths.Root);
        // pingtan_shiyanqu is a sample slug (dev everywhere else, though it hashes to test): the blind folder wins
        const string name = "h001_pingtan_shiyanqu_2023.txt";
        split.PartOf($"data/corpus/github/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout11/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout12/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout13/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout14/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout15/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout16/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout17/{name}").ShouldBe(CorpusPart.Dev);
        split.PartOf($"data/corpus/holdout18/{name}").ShouldBe(CorpusPart.Test);
        split.PartOf(Path.Combine(RepoPaths.Root, "data", "corpus", "holdout99", name)).ShouldBe(CorpusPart.Test);
        split.IsDev($"data/corpus/holdout99/{name}").ShouldBeFalse();
        // a folder merely named like a holdout elsewhere is not a corpus holdout
        split.PartOf($"tmp/holdout99/{name}").ShouldBe(CorpusPart.Dev);
    }
}
