using SearchMining.Analysis;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Mining.Features;

/// <summary>Words of a statement from the project's Jieba segmenter (precise mode). Thread-safe like the segmenter.</summary>
public sealed class JiebaStatementTokenizer(JiebaSegmenter segmenter) : IStatementTokenizer
{
    public IReadOnlyList<string> Tokenize(string text) => segmenter.Cut(text, SegmentationMode.Precise);
}
