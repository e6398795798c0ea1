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

    public static JiebaSegmenterOptions Default { get; } = new();
}
