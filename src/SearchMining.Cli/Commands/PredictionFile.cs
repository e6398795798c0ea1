using System.Text.Encodings.Web;
using System.Text.Json;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;

namespace SearchMining.Cli.Commands;

/// <summary>Writes cross-validation predictions next to their gold labels, one JSON line each, misses and extras spelled out.</summary>
internal static class PredictionFile
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(string path, IReadOnlyList<EvaluatedStatement> predictions, CancellationToken ct)
    {
        var lines = predictions.Select(p => JsonSerializer.Serialize(new
        {
            id = p.Gold.Id,
            text = p.Gold.Text,
            source = p.Gold.Source,
            goldKind = StatementKindNames.ToName(p.Gold.Kind),
            predictedKind = StatementKindNames.ToName(p.PredictedKind),
            goldThemes = p.Gold.Themes,
            predictedThemes = p.PredictedThemes,
            missed = p.Gold.Themes.Except(p.PredictedThemes).ToList(),
            extra = p.PredictedThemes.Except(p.Gold.Themes).ToList(),
        }, Json));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        await File.WriteAllLinesAsync(path, lines, ct);
    }
}
