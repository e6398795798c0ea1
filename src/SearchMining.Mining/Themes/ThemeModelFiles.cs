namespace SearchMining.Mining.Themes;

/// <summary>Default locations (relative to the repository root) of the labelled data and the committed model.</summary>
public static class ThemeModelFiles
{
    public const string Labels = "data/themes/labels.jsonl";
    public const string HeldOutReports = "data/themes/heldout-reports.txt";
    /// <summary>The real statements labelled again by a second, independent annotator (agreement only; never trained on).</summary>
    public const string SecondAnnotator = "data/themes/second-annotator.jsonl";
    public const string Model = "models/theme-classifier.zip";
    public const string Card = "models/README.md";
}
