namespace SearchMining.Corpus.Storage;

/// <summary>Another process holds the folder's writer lock (see <see cref="WriterLock"/>).</summary>
public sealed class WriterLockedException(string folder, WriterHolder? holder, Exception? inner = null)
    : Exception(Describe(folder, holder), inner)
{
    public string Folder { get; } = folder;

    public WriterHolder? Holder { get; } = holder;

    private static string Describe(string folder, WriterHolder? holder) =>
        $"The index at {folder} is in use by another writer: {(holder is null ? "a process that did not say who it is" : holder.ToString())}. " +
        "Only one process may write an index folder: stop that process, or upload through the running service (POST /api/reports).";
}
