namespace SearchMining.Core.Comparison;

/// <summary>
/// How much of a text is found again in an earlier text (implemented in SearchMining.Mining: character shingles,
/// near-duplicates included, phrases that many agencies' reports share excluded).
/// </summary>
public interface ITextReuseMeter
{
    /// <summary>Reuse of <paramref name="current"/> in <paramref name="previous"/>; offsets in the result point into the two strings as given.</summary>
    TextReuse Measure(string current, string previous);
}
