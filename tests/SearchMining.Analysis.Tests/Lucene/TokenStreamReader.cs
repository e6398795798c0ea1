using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchMining.Analysis.Tests.Lucene;

public sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement);

public static class TokenStreamReader
{
    public static List<AnalyzedToken> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        stream.End();
        return tokens;
    }
}
