using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Model;

/// <summary>
/// Saves and loads models/theme-classifier.zip: a zip holding <c>manifest.json</c> and the ML.NET pipeline
/// (<c>pipeline.zip</c>). Loading never throws for a missing, corrupt or incompatible file.
/// </summary>
public sealed class ThemeModelStore(MLContext ml)
{
    public const string DefaultPath = "models/theme-classifier.zip";
    private const string ManifestEntry = "manifest.json";
    private const string PipelineEntry = "pipeline.zip";

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
        Write(zip, PipelineEntry, pipeline.ToArray());
    }

    public ModelLoadResult Load(string path)
    {
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
            using var pipeline = new MemoryStream(ReadAll(pipelineEntry));
            var transformer = ml.Model.Load(pipeline, out _);
            return ModelLoadResult.Success(new ThemeModel(ml, transformer, manifest));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ModelLoadResult.Failure(ModelLoadErrorKind.Corrupt, $"{path} could not be read as a theme model: {ex.Message}");
        }
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
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
