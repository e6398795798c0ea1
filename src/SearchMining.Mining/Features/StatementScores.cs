using Microsoft.ML.Data;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Features;

/// <summary>ML.NET output row: kind scores (in <see cref="Themes.StatementKindNames.All"/> order) and theme probabilities (in <see cref="Themes.ThemeIds.All"/> order).</summary>
public sealed class StatementScores
{
    [ColumnName(ThemePipeline.KindScoresColumn)] public float[] KindScores { get; set; } = [];
    [ColumnName(ThemePipeline.ThemeProbabilitiesColumn)] public float[] ThemeProbabilities { get; set; } = [];
}
