using System.Text.Encodings.Web;
using System.Text.Json;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Evaluation;
using SearchMining.Mining.Themes;

namespace SearchMining.Cli.Commands;

/// <summary>
/// Writes the out-of-fold theme probabilities of a cross-validation (whole statement and clause-pooled, in
/// <see cref="ThemeIds.All"/> order) next to the gold labels, one JSON line a held-out statement, so decision rules over
/// the scores can be compared on the same fits (`tune --scores`).
/// </summary>
internal static class ScoreFile
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task AppendAsync(string path, string configuration, int foldSeed, OutOfFoldScores scores,
        IReadOnlySet<LabelledStatement> novel, CancellationToken ct)
    {
        var lines = scores.Statements.Select((s, i) => JsonSerializer.Serialize(new
        {
            configuration,
            foldSeed,
            fold = scores.FoldOf[i],
            agency = ThemeDataset.AgencyOf(s),
            pingtan = AgencyArchive.IsPingtan(s),
            corpus = ThemeDataset.IsCorpus(s),
            novel = novel.Contains(s),
            text = s.Text,
            goldKind = StatementKindNames.ToName(s.Kind),
            goldThemes = s.Themes,
            mentioned = KeywordVote.Mentioned(s.Text),
            whole = scores.Whole[i].ThemeProbabilities,
            pooled = scores.Pooled[i].ThemeProbabilities,
            kindScores = scores.Whole[i].KindScores,
        }, Json));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        await File.AppendAllLinesAsync(path, lines, ct);
    }
}
