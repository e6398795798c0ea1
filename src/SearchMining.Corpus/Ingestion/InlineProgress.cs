namespace SearchMining.Corpus.Ingestion;

/// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool and report out of order).</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
