using SearchMining.Core.Classification;
using System.IO.Compression;
using SearchMining.Core.Ingestion;
using SearchMining.Mining.Model;
using SearchMining.Mining.Themes;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Model;

[Collection(MiningCollection.Name)]
public sealed class ModelLoadErrorTests(MiningFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("themes-").FullName;

    [Fact]
    public void Missing_model_file_is_a_typed_error()
    {
        var load = ThemeClassifierLoader.Load(Path.Combine(_folder, "none.zip"), fixture.Segmenter);
        load.Succeeded.ShouldBeFalse();
        load.Error!.Kind.ShouldBe(ModelLoadErrorKind.Missing);
        load.Error.Message.ShouldContain("searchmining train");
    }

    [Fact]
    public void A_model_folder_means_its_theme_classifier_zip()
    {
        var load = ThemeClassifierLoader.Load(Path.GetDirectoryName(MiningFixture.ModelPath)!, fixture.Segmenter);
        load.Error.ShouldBeNull();
        load.Classifier!.Classify("二是加强业务培训，进一步提高政府信息公开工作队伍的业务素质；").Themes.ShouldContain(ThemeIds.Training);
        load.Classifier.Model.Dispose();
    }

    [Fact]
    public void Garbage_bytes_are_a_corrupt_model()
    {
        var path = Path.Combine(_folder, "garbage.zip");
        File.WriteAllText(path, "这不是模型文件");
        var load = ThemeClassifierLoader.Load(path, fixture.Segmenter);
        load.Error!.Kind.ShouldBe(ModelLoadErrorKind.Corrupt);
    }

    [Fact]
    public void Zip_without_manifest_or_pipeline_is_a_corrupt_model()
    {
        var path = Path.Combine(_folder, "empty.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create)) zip.CreateEntry("readme.txt");
        var load = ThemeClassifierLoader.Load(path, fixture.Segmenter);
        load.Error!.Kind.ShouldBe(ModelLoadErrorKind.Corrupt);
        load.Error.Message.ShouldContain("manifest.json");
    }

    [Fact]
    public void Model_trained_with_other_cue_words_is_incompatible()
    {
        var path = Path.Combine(_folder, "other-cues.zip");
        File.Copy(MiningFixture.ModelPath, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("manifest.json")!;
            string json;
            using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
            entry.Delete();
            var changed = System.Text.RegularExpressions.Regex.Replace(json, "\"CueWords\": \"[0-9a-f]*\"", "\"CueWords\": \"0000000000000000\"");
            changed.ShouldNotBe(json);
            using var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open());
            writer.Write(changed);
        }
        var load = ThemeClassifierLoader.Load(path, fixture.Segmenter);
        load.Error!.Kind.ShouldBe(ModelLoadErrorKind.Incompatible);
        load.Error.Message.ShouldContain("cue words");
    }

    [Fact]
    public void Truncated_committed_model_is_a_corrupt_model()
    {
        var path = Path.Combine(_folder, "truncated.zip");
        var bytes = File.ReadAllBytes(MiningFixture.ModelPath);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        ThemeClassifierLoader.Load(path, fixture.Segmenter).Error!.Kind.ShouldBe(ModelLoadErrorKind.Corrupt);
    }

    [Fact]
    public async Task Without_a_model_a_report_still_parses_with_statements_and_no_themes()
    {
        var load = ThemeClassifierLoader.Load(Path.Combine(_folder, "none.zip"), fixture.Segmenter);
        var outcome = await new ReportFileReader().ReadAsync(RepoPaths.SampleReport("040_pingtan_shiyanqu_2022.txt"), CancellationToken.None);
        var report = load.Classifier is null ? outcome.Report! : new ReportThemeTagger(load.Classifier).Apply(outcome.Report!);
        report.Statements.Count.ShouldBe(6);
        report.Statements.ShouldAllBe(s => s.Themes.Count == 0);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
