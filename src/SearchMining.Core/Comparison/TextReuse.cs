namespace SearchMining.Core.Comparison;

/// <summary>
/// Reuse of a text in an earlier one. <see cref="Rate"/> = <see cref="ReusedChars"/> / <see cref="CountedChars"/>:
/// counted are the letters, digits and ideographs of the current text outside template phrases; reused are those inside
/// a phrase also found in the earlier text. Null when nothing is counted (an empty text or template phrases only).
/// </summary>
public sealed record TextReuse(double? Rate, int CountedChars, int ReusedChars, IReadOnlyList<ReusedSentence> Sentences)
{
    public static TextReuse Empty { get; } = new(null, 0, 0, []);

    /// <summary>Sentences of the current text whose counted characters are at least <paramref name="minShare"/> reused.</summary>
    public IEnumerable<ReusedSentence> Repeated(double minShare = 0.8) => Sentences.Where(s => s.Share >= minShare);
}
