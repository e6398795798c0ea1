namespace SearchMining.Mining.Features;

/// <summary>TEMPORARY until the Jieba segmenter lands: overlapping character bigrams.</summary>
public sealed class CharacterBigramTokenizer : IStatementTokenizer
{
    public IReadOnlyList<string> Tokenize(string text)
    {
        var chars = text.Where(char.IsLetter).ToArray();
        return Enumerable.Range(0, Math.Max(0, chars.Length - 1)).Select(i => new string(chars, i, 2)).ToList();
    }
}
