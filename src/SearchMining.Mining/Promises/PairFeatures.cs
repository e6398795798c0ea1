namespace SearchMining.Mining.Promises;

/// <summary>
/// What the linker knows of a promise and a next-year statement: the TF-IDF cosine of character bigrams of the whole
/// statements and of their best pair of clauses, the Jaccard overlap of the classifier's themes (其他 left out) and of
/// the weakness aspects (Core/Themes/WeaknessAspects), whether the statement is a boilerplate lead-in, and whether
/// either side names no aspect at all.
/// </summary>
public sealed record PairFeatures(
    double Whole,
    double Clause,
    double Themes,
    double Aspects,
    IReadOnlyList<string> SharedAspects,
    bool LeadIn,
    bool NoAspect)
{
    /// <summary>The values in <see cref="PromiseOptions.Weights"/> order.</summary>
    public IReadOnlyList<double> Vector =>
        [Whole, Clause, Themes, Aspects, SharedAspects.Count > 0 ? 1 : 0, LeadIn ? 1 : 0, NoAspect ? 1 : 0];

    public static IReadOnlyList<string> Names { get; } = ["whole", "clause", "themes", "aspects", "shared_aspect", "lead_in", "no_aspect"];
}
