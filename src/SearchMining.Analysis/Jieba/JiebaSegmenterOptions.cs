namespace SearchMining.Analysis.Jieba;

/// <summary>Switches of a <see cref="JiebaSegmenter"/>.</summary>
public sealed record JiebaSegmenterOptions
{
    /// <summary>Find words the dictionary lacks (names, new terms) with the character HMM. jieba's default: on.</summary>
    public bool UseHmm { get; init; } = true;

    /// <summary>
    /// Treat full-width Latin letters, digits, <c>．</c> and <c>％</c> like their ASCII forms when splitting
    /// blocks, so <c>２０２４年</c> is cut like <c>2024年</c> (jieba itself splits full-width characters one by one).
    /// </summary>
    public bool FullWidthAsAscii { get; init; } = true;

    /// <summary>
    /// Keep a number and the date unit after it together: <c>2024年</c>, <c>12月</c>, <c>31日</c> (jieba gives
    /// <c>2024 / 年</c>). In search mode the number is also emitted on its own.
    /// </summary>
    public bool JoinDateUnits { get; init; } = true;

    /// <summary>Keep a run of the same dash or ellipsis character together: <c>——</c>, <c>……</c> (jieba splits them).</summary>
    public bool JoinRepeatedPunctuation { get; init; } = true;

    public static JiebaSegmenterOptions Default { get; } = new();

    /// <summary>Exactly jieba's behaviour (only the HMM switch left to choose).</summary>
    public static JiebaSegmenterOptions StrictJieba { get; } = new() { FullWidthAsAscii = false, JoinDateUnits = false, JoinRepeatedPunctuation = false };
}
