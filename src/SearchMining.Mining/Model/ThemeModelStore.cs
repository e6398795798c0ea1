using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using SearchMining.Mining.Distributional;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Model;

/// <summary>
/// Saves and loads models/theme-classifier.zip: a zip holding <c>manifest.json</c> and the ML.NET pipeline
/// (<c>pipeline.zip</c>). Loading never throws for a missing, corrupt or incompatible file.
/// </summary>
public sealed class ThemeModelStore(MLContext ml)
{
    public ThemeModelStore() : this(new MLContext(seed: 0)) { }

    public const string FileName = "theme-classifier.zip";
    private const string ManifestEntry = "manifest.json";
    private const string PipelineEntry = "pipeline.zip";
    private const string BigramsEntry = "bigrams.tsv";
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Save(ThemeModel model, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        using var pipeline = new MemoryStream();
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<StatementRow>()).Schema;
        ml.Model.Save(model.Transformer, schema, pipeline);
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Write(zip, ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(model.Manifest, JsonOptions));
        Write(zip, PipelineEntry, WithFixedTimestamps(pipeline.ToArray()));
        if (model.Bigrams is { } bigrams) Write(zip, BigramsEntry, System.Text.Encoding.UTF8.GetBytes(bigrams.ToTsv()));
    }

    /// <summary>ML.NET stamps its zip entries with the current time; restamping them makes retraining byte-identical.</summary>
    private static byte[] WithFixedTimestamps(byte[] mlNetZip)
    {
        using var source = new ZipArchive(new MemoryStream(mlNetZip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
                Write(target, entry.FullName, ReadAll(entry));
        }
        return output.ToArray();
    }

    /// <summary>Loads a model zip; a folder (the configured model path, e.g. <c>models/</c>) means its theme-classifier.zip.</summary>
    public ModelLoadResult Load(string path)
    {
        if (Directory.Exists(path)) path = Path.Combine(path, FileName);
        if (!File.Exists(path))
            return ModelLoadResult.Failure(ModelLoadErrorKind.Missing, $"Theme model not found: {path} (run `searchmining train`). Search works without themes.");
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var manifestEntry = zip.GetEntry(ManifestEntry);
            var pipelineEntry = zip.GetEntry(PipelineEntry);
            if (manifestEntry is null || pipelineEntry is null)
                return ModelLoadResult.Failure(ModelLoadErrorKind.Corrupt, $"{path} is not a theme model (missing {ManifestEntry} or {PipelineEntry}).");
            var manifest = JsonSerializer.Deserialize<ThemeModelManifest>(ReadAll(manifestEntry), JsonOptions);
            if (manifest is null)
                return ModelLoadResult.Failure(ModelLoadErrorKind.Corrupt, $"{path}: empty manifest.");
            if (manifest.FormatVersion != ThemeModelManifest.CurrentFormat || !manifest.Themes.SequenceEqual(ThemeIds.All) || !manifest.Kinds.SequenceEqual(StatementKindNames.All))
                return ModelLoadResult.Failure(ModelLoadErrorKind.Incompatible, $"{path} was trained for another format or taxonomy (format {manifest.FormatVersion}); retrain with `searchmining train`.");
            if (manifest.CueWords != StatementRowFactory.CueFingerprint())
                return ModelLoadResult.Failure(ModelLoadErrorKind.Incompatible, $"{path} was trained with other cue words (fingerprint '{manifest.CueWords}', this build has '{StatementRowFactory.CueFingerprint()}'); retrain with `searchmining train`.");
            BigramTable? bigrams = null;
            if (zip.GetEntry(BigramsEntry) is { } bigramsEntry)
                bigrams = BigramTable.Parse(System.Text.Encoding.UTF8.GetString(ReadAll(bigramsEntry)));
            if ((bigrams?.Fingerprint ?? "") != manifest.BigramTable || (manifest.SupervisionStacker is not null && bigrams is null))
                return ModelLoadResult.Failure(ModelLoadErrorKind.Corrupt, $"{path}: the bigram table does not match the manifest (fingerprint '{manifest.BigramTable}', found '{bigrams?.Fingerprint}').");
            using var pipeline = new MemoryStream(ReadAll(pipelineEntry));
            var transformer = ml.Model.Load(pipeline, out _);
            return ModelLoadResult.Success(new ThemeModel(ml, transformer, manifest, bigrams));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ModelLoadResult.Failure(ModelLoadErrorKind.Corrupt, $"{path} could not be read as a theme model: {ex.Message}");
        }
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
