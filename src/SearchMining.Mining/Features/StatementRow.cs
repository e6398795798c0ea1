using Microsoft.ML.Data;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Features;

/// <summary>
/// ML.NET row: the normalised text (character n-grams), its words joined by spaces (word n-grams), and for training
/// the kind and one boolean label column per theme, named by the theme id.
/// </summary>
public sealed class StatementRow
{
    public string Text { get; set; } = "";
    public string Words { get; set; } = "";
    /// <summary>Character n-grams as space-separated tokens (<see cref="GramVocabulary"/>; used when a recipe filters grams by agency).</summary>
    public string CharGrams { get; set; } = "";
    /// <summary>Word n-grams as space-separated tokens (<see cref="GramVocabulary"/>).</summary>
    public string WordGrams { get; set; } = "";
    public string Kind { get; set; } = "";
    /// <summary>Cue-word flags from <see cref="StatementRowFactory.CueWords"/>.</summary>
    [VectorType(CueLexicon.CueCount)] public float[] Cues { get; set; } = new float[CueLexicon.CueCount];
    /// <summary>Round-7 flags from <see cref="DescriptorCues"/> (features only when <see cref="Training.FeatureOptions.DescriptorCues"/>).</summary>
    [VectorType(DescriptorCues.Count)] public float[] ExtraCues { get; set; } = new float[DescriptorCues.Count];
    [ColumnName(ThemeIds.Training)] public bool Training { get; set; }
    [ColumnName(ThemeIds.Channels)] public bool Channels { get; set; }
    [ColumnName(ThemeIds.Coverage)] public bool Coverage { get; set; }
    [ColumnName(ThemeIds.Interpretation)] public bool Interpretation { get; set; }
    [ColumnName(ThemeIds.Timeliness)] public bool Timeliness { get; set; }
    [ColumnName(ThemeIds.Standardization)] public bool Standardization { get; set; }
    [ColumnName(ThemeIds.Awareness)] public bool Awareness { get; set; }
    [ColumnName(ThemeIds.Interaction)] public bool Interaction { get; set; }
    [ColumnName(ThemeIds.Supervision)] public bool Supervision { get; set; }
    [ColumnName(ThemeIds.Other)] public bool Other { get; set; }
}
