using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchMining.Analysis.Evaluation;

/// <summary>Other segmenters the project's own is compared with (docs/ANALYSIS.md): Lucene's SmartCn (HHMM) tokenizer.</summary>
public static class ComparisonSegmenters
{
    /// <summary>Words of <paramref name="text"/> by Lucene.Net's <see cref="HMMChineseTokenizer"/> (SmartCn), in order, no filters.</summary>
    public static IReadOnlyList<string> SmartCn(string text)
    {
        var words = new List<string>();
        using var tokenizer = new HMMChineseTokenizer(new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken()) words.Add(term.ToString());
        tokenizer.End();
        return words;
    }
}
