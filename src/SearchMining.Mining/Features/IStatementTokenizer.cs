namespace SearchMining.Mining.Features;

/// <summary>Cuts a statement into words for the word-n-gram features (the project's own segmenter in production).</summary>
public interface IStatementTokenizer
{
    IReadOnlyList<string> Tokenize(string text);
}
