namespace SearchMining.Core.Comparison;

/// <summary>
/// How much of one text is found again in another (a section 五 against last year's). Core's <see cref="SentenceReuse"/>
/// compares sentences; Mining's year-over-year measure (shingles, template phrases excluded) implements it better.
/// </summary>
public interface ITextReuse
{
    /// <summary>Reuse of <paramref name="current"/> in <paramref name="previous"/>: the share of current's text found again, with the passages.</summary>
    TextReuse Measure(string current, string previous);
}

/// <param name="Rate">Share (0–1) of <c>current</c>'s characters found again in <c>previous</c>.</param>
/// <param name="Passages">The reused passages, with offsets into both texts.</param>
public sealed record TextReuse(double Rate, IReadOnlyList<ReusedPassage> Passages);

/// <summary>A passage of the current text <c>[Start, End)</c> found again at <c>[PreviousStart, PreviousEnd)</c> of the previous one.</summary>
/// <param name="Similarity">1 for a verbatim repeat, lower for a near-duplicate.</param>
public sealed record ReusedPassage(int Start, int End, int PreviousStart, int PreviousEnd, double Similarity);
