namespace SearchMining.Mining.Themes;

/// <summary>Default locations (relative to the repository root) of the labelled data and the committed model.</summary>
public static class ThemeModelFiles
{
    public const string Labels = "data/themes/labels.jsonl";
    public const string HeldOutReports = "data/themes/heldout-reports.txt";
    /// <summary>The real statements labelled again by a second, independent annotator (agreement only; never trained on).</summary>
    public const string SecondAnnotator = "data/themes/second-annotator.jsonl";
    /// <summary>Real statements of data/corpus with the two annotators' disagreements settled (data/themes/README.md, "Settling disagreements").</summary>
    public const string RealSettled = "data/themes/real-settled.jsonl";
    /// <summary>Annotator B's independent labels of the shared sample (agreement and settling only).</summary>
    public const string SharedSampleB = "data/themes/second-annotator-v2.jsonl";
    public const string Model = "models/theme-classifier.zip";
    public const string Card = "models/README.md";
}
