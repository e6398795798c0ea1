using SearchMining.Analysis.Jieba;
using SearchMining.Api.Configuration;
using SearchMining.Index.Analysis;
using SearchMining.Index.Storage;

namespace SearchMining.Api.Corpus;

/// <summary>Owns the service's one <see cref="ReportIndex"/> (opened at first use, disposed with the host).</summary>
public sealed class CorpusIndex : IDisposable
{
    private readonly Lazy<ReportIndex> _index;

    public CorpusIndex(ServicePaths paths, JiebaSegmenter segmenter, ILogger<CorpusIndex> logger)
    {
        _index = new Lazy<ReportIndex>(() =>
        {
            var result = ReportIndex.TryOpen(new ReportIndexOptions(paths.IndexPath, IndexAnalyzerSets.CreateJieba(segmenter), RebuildOnSchemaMismatch: true));
            if (result.Error is { } error)
            {
                logger.LogCritical("Cannot open the index at {IndexPath}: {Kind} {Message}", paths.IndexPath, error.Kind, error.Message);
                throw new IndexOpenException(error);
            }
            logger.LogInformation("Index open at {IndexPath}", paths.IndexPath);
            return result.Index!;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ReportIndex Index => _index.Value;

    public void Dispose()
    {
        if (_index.IsValueCreated) _index.Value.Dispose();
    }
}
