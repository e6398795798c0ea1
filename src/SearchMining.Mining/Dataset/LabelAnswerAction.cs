namespace SearchMining.Mining.Dataset;

/// <summary>What a reviewer asked for in `searchmining label`.</summary>
public enum LabelAnswerAction
{
    Label,
    Skip,
    Quit,
    Invalid,
}
