using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchMining.Index.Analysis;

/// <summary>Runs an analyzer over a text and returns its tokens with positions and offsets.</summary>
public static class TokenReader
{
    public static IReadOnlyList<AnalyzedToken> Read(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        if (string.IsNullOrEmpty(text)) return tokens;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
