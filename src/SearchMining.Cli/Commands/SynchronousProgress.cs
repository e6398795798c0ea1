using SearchMining.Index.Ingestion;

namespace SearchMining.Cli.Commands;

/// <summary>Reports ingest progress on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
internal sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
{
    public void Report(IngestProgress value) => report(value);
}
