namespace SearchMining.Mining.Themes;

/// <summary>Default locations (relative to the repository root) of the labelled data and the committed model.</summary>
public static class ThemeModelFiles
{
    public const string Labels = "data/themes/labels.jsonl";
    /// <summary>The real statements labelled again by a second, independent annotator (agreement only; never trained on).</summary>
    public const string SecondAnnotator = "data/themes/second-annotator.jsonl";
    /// <summary>Real statements of data/corpus with the two annotators' disagreements settled (data/themes/README.md, "Settling disagreements").</summary>
    public const string RealSettled = "data/themes/real-settled.jsonl";
    /// <summary>Annotator B's independent labels of the shared sample (agreement and settling only).</summary>
    public const string SharedSampleB = "data/themes/second-annotator-v2.jsonl";
    public const string Model = "models/theme-classifier.zip";
    public const string Card = "models/README.md";
    /// <summary>Annotator A's labels of the corpus statements, used until the settled file exists.</summary>
    public const string RealA = "data/themes/real-a.jsonl";

    /// <summary>The real corpus labels to train and test on: the settled file when it exists under <paramref name="root"/>, else annotator A's.</summary>
    public static string RealCorpus(string root) =>
        File.Exists(System.IO.Path.Combine(root, RealSettled)) ? RealSettled : RealA;
}
