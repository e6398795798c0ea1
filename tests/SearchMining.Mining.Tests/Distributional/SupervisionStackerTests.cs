using System.IO.Compression;
using System.Text.Json.Nodes;
using SearchMining.Core.Corpus;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Distributional;

/// <summary>
/// Round 10's supervision stacker on real dev report text. The committed model is round 7's (the stacker is not the
/// committed recipe: docs/CLASSIFIER.md "Round 10"), so a stacked model is the committed pipeline with the table and
/// stacker `train --stacker` wrote (Distributional/Round10/README.md).
/// </summary>
[Collection(MiningCollection.Name)]
public sealed class SupervisionStackerTests(MiningFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stacker-").FullName;

    private static readonly IReadOnlyList<string> SupervisionWords =
        [.. ThemeVocabulary.Theme(ThemeIds.Supervision).CueWords, .. DescriptorCues.SupervisionWords];

    private static string Round10(string file) => Path.Combine(RepoPaths.Root, "tests", "SearchMining.Mining.Tests", "Distributional", "Round10", file);

    /// <summary>The committed model (round 7: no table, no stacker).</summary>
    private ThemeClassifier WithoutStacker() => fixture.Committed;

    /// <summary>The committed pipeline and thresholds with round 10's table and stacker.</summary>
    private ThemeClassifier Stacked()
    {
        var table = SearchMining.Mining.Distributional.BigramTable.Parse(File.ReadAllText(Round10("bigrams.tsv")));
        var stacker = System.Text.Json.JsonSerializer.Deserialize<SearchMining.Mining.Distributional.SupervisionStacker>(File.ReadAllText(Round10("stacker.json")))!;
        return new ThemeClassifier(fixture.Committed.Model.WithStacker(table, stacker), fixture.Rows);
    }

    private string SaveStacked(string name)
    {
        var path = Path.Combine(_folder, name);
        new ThemeModelStore().Save(Stacked().Model, path);
        return path;
    }

    private static string DevReportSentence(string file, string sentence)
    {
        var path = Path.Combine(RepoPaths.Root, CorpusFolders.Collected, file);
        CorpusSplit.ForRepository(RepoPaths.Root).PartOf(path).ShouldBe(CorpusPart.Dev);
        File.ReadAllText(path).ShouldContain(sentence);
        return sentence;
    }

    [Fact]
    public void A_stacked_model_carries_its_table_and_stacker_through_save_and_load()
    {
        fixture.Committed.Model.Bigrams.ShouldBeNull();
        var load = ThemeClassifierLoader.Load(SaveStacked("stacked.zip"), fixture.Segmenter);
        load.Error.ShouldBeNull(load.Error?.Message);
        using var model = load.Classifier!.Model;
        var stacker = model.Manifest.SupervisionStacker.ShouldNotBeNull();
        var table = model.Bigrams.ShouldNotBeNull();
        model.Manifest.BigramTable.ShouldBe(table.Fingerprint);
        stacker.Threshold.ShouldBeInRange(0.05, 0.95);
        table.Count.ShouldBeLessThanOrEqualTo(SearchMining.Mining.Distributional.BigramTableBuilder.MaxRows);
        var supervision = ThemeIds.All.ToList().IndexOf(ThemeIds.Supervision);
        table.Similarity("检查", supervision).ShouldBeGreaterThan(table.Similarity("检查", ThemeIds.All.ToList().IndexOf(ThemeIds.Training)));
    }

    [Fact]
    public void A_dev_statement_worded_with_checking_and_no_THEMES_md_supervision_word_gains_supervision()
    {
        // Round 11's retrained model (6874bf5) reads p002's 有部署、有措施、有检查 as supervision already; h306 (a released
        // holdout, dev) writes the checking as 同研究、同布置、同检查 and the committed model still misses it.
        var text = DevReportSentence("holdout3/h306_fuzhou_tongjiju_2011.txt", "把政府信息公开工作纳入全局重点目标管理,在局政府信息公开工作领导小组的领导下,与全局其他重点工作同研究、同布置、同检查");
        SupervisionWords.ShouldNotContain(w => text.Contains(w));

        var before = WithoutStacker().Classify(text);
        before.Themes.ShouldNotContain(ThemeIds.Supervision);
        before.ThemeScores[ThemeIds.Supervision].ShouldBeLessThan(fixture.Committed.Model.Manifest.Thresholds[ThemeIds.Supervision]);
        var after = Stacked().Classify(text);
        after.Themes.ShouldContain(ThemeIds.Supervision);
        after.Themes.Where(t => t != ThemeIds.Supervision).ShouldBe(before.Themes);
    }

    [Fact]
    public void Statements_without_supervision_wording_do_not_gain_it()
    {
        var training = "二是加强业务培训，进一步提高政府信息公开工作队伍的业务素质；";
        var secrecy = DevReportSentence("pages/p437_yishui_weishengju_2009.txt", "依法依规做好政府信息公开保密检查,确保我局政府信息公开工作运转正常");
        var stacked = Stacked();
        foreach (var text in new[] { training, secrecy })
        {
            stacked.Classify(text).Themes.ShouldNotContain(ThemeIds.Supervision, text);
            stacked.Classify(text).Themes.ShouldBe(WithoutStacker().Classify(text).Themes, text);
        }
    }

    [Fact]
    public void A_model_zip_without_the_table_an_older_model_loads_and_classifies_as_before()
    {
        var path = Path.Combine(_folder, "older.zip");
        using (var source = ZipFile.OpenRead(SaveStacked("stacked.zip")))
        using (var target = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != "bigrams.tsv"))
            {
                using var input = entry.Open();
                using var output = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName != "manifest.json")
                {
                    input.CopyTo(output);
                    continue;
                }
                using var reader = new StreamReader(input);
                var manifest = JsonNode.Parse(reader.ReadToEnd())!.AsObject();
                manifest.Remove("SupervisionStacker").ShouldBeTrue();
                manifest.Remove("BigramTable").ShouldBeTrue();
                using var writer = new StreamWriter(output);
                writer.Write(manifest.ToJsonString());
            }
        }

        var load = ThemeClassifierLoader.Load(path, fixture.Segmenter);
        load.Error.ShouldBeNull(load.Error?.Message);
        using var older = load.Classifier!.Model;
        older.Bigrams.ShouldBeNull();
        older.Manifest.SupervisionStacker.ShouldBeNull();
        var asBefore = WithoutStacker();
        foreach (var text in fixture.Labels.Real.Select(s => s.Text).Take(40))
            load.Classifier.Classify(text).Themes.ShouldBe(asBefore.Classify(text).Themes, text);
    }

    [Fact]
    public void A_table_that_does_not_match_the_manifest_is_a_corrupt_model()
    {
        var path = Path.Combine(_folder, "tampered.zip");
        File.Copy(SaveStacked("stacked.zip"), path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("bigrams.tsv")!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("bigrams.tsv").Open());
            writer.Write(string.Join('\n', text.Split('\n').Where((_, i) => i != 1)));
        }
        var load = ThemeClassifierLoader.Load(path, fixture.Segmenter);
        load.Error.ShouldNotBeNull().Kind.ShouldBe(ModelLoadErrorKind.Corrupt);
        load.Error.Message.ShouldContain("bigram table");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
