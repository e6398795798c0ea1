namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// The reuse measure's settings, defined once. A phrase is a run of <see cref="ShingleLength"/> content characters;
/// it is a template phrase when, among the agencies with reports of one national template, the reports of at least
/// <see cref="TemplateMinAgencies"/> agencies and at least <see cref="TemplateMinShare"/> of them contain it.
/// </summary>
public sealed record ReuseOptions(int ShingleLength = 8, double TemplateMinShare = 0.2, int TemplateMinAgencies = 3)
{
    public static ReuseOptions Default { get; } = new();

    /// <summary>Sentences at or above this character similarity (bigram Dice) are the same sentence, changed.</summary>
    public double SentenceMatch { get; init; } = 0.5;
}
