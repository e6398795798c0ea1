namespace SearchMining.Mining.Distributional;

/// <summary>A sentence of unlabelled report text and the agency (slug, or the file name of an unnamed sample) whose report it is from.</summary>
public sealed record UnlabelledSentence(string Agency, string Text);
