using Microsoft.ML.Data;
using SearchMining.Mining.Training;

namespace SearchMining.Mining.Features;

/// <summary>
/// ML.NET output row with the theme probabilities only (<see cref="StatementScores"/> without the kind scores): a
/// prediction engine asked for these columns alone never runs the kind model (a one-versus-all model that spreads every
/// prediction over the thread pool).
/// </summary>
public sealed class ThemeOnlyScores
{
    [ColumnName(ThemePipeline.ThemeProbabilitiesColumn)] public float[] ThemeProbabilities { get; set; } = [];
}
