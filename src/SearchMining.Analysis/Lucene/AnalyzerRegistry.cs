using Lucene.Net.Analysis;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Analysis.Lucene;

/// <summary>
/// Analyzers by name, so the index and API can choose them from configuration. Holds and disposes its analyzers;
/// register it as a singleton. Lookups are case-insensitive and never throw.
/// </summary>
public sealed class AnalyzerRegistry : IDisposable
{
    private readonly Dictionary<string, Analyzer> _analyzers;

    public AnalyzerRegistry(IEnumerable<KeyValuePair<string, Analyzer>> analyzers) =>
        _analyzers = new Dictionary<string, Analyzer>(analyzers, StringComparer.OrdinalIgnoreCase);

    /// <summary>"jieba" (index time), "jieba-query" (query time) sharing one segmenter, "bigram", and "smartcn" / "smartcn-plain".</summary>
    public static AnalyzerRegistry CreateDefault(JiebaSegmenter segmenter, StopWordList? stopWords = null)
    {
        var stops = stopWords ?? StopWordList.LoadDefault();
        return new AnalyzerRegistry(new Dictionary<string, Analyzer>
        {
            [AnalyzerNames.Jieba] = new JiebaAnalyzer(segmenter, SegmentationMode.Search, stops),
            [AnalyzerNames.JiebaQuery] = new JiebaAnalyzer(segmenter, SegmentationMode.Precise, stops),
            [AnalyzerNames.Bigram] = new CjkBigramAnalyzer(),
            [AnalyzerNames.SmartCn] = new SmartCnAnalyzer(DomainWords.LoadDefault()),
            [AnalyzerNames.SmartCnPlain] = new SmartCnAnalyzer(),
        });
    }

    public IReadOnlyCollection<string> Names => _analyzers.Keys;

    public bool TryGet(string name, out Analyzer analyzer)
    {
        if (name is not null && _analyzers.TryGetValue(name, out var found))
        {
            analyzer = found;
            return true;
        }
        analyzer = null!;
        return false;
    }

    /// <summary>The analyzer registered as <paramref name="name"/>, or null.</summary>
    public Analyzer? Find(string name) => TryGet(name, out var analyzer) ? analyzer : null;

    public void Dispose()
    {
        foreach (var analyzer in _analyzers.Values)
            analyzer.Dispose();
    }
}
