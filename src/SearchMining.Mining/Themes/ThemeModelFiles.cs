namespace SearchMining.Mining.Themes;

/// <summary>Default locations (relative to the repository root) of the labelled data and the committed model.</summary>
public static class ThemeModelFiles
{
    public const string Labels = "data/themes/labels.jsonl";
    public const string HeldOutReports = "data/themes/heldout-reports.txt";
    public const string Model = "models/theme-classifier.zip";
    public const string Card = "models/README.md";
}
