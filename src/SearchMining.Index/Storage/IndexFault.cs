using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchMining.Index.Storage;

/// <summary>A storage fault of the index, recognised from the exception Lucene or the file system threw.</summary>
public sealed record IndexFault(IndexFaultKind Kind, string Message)
{
    private const int Enospc = 28;
    private const int Erofs = 30;
    private const int Eacces = 13;

    /// <summary>The fault an exception stands for, or null when it is not a storage fault (a bug, a cancellation …).</summary>
    public static IndexFault? From(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException:
                    return new IndexFault(IndexFaultKind.Corrupt, $"the index files are damaged: {e.Message}");
                case LockObtainFailedException:
                    return new IndexFault(IndexFaultKind.Locked, $"another writer holds the index: {e.Message}");
                case UnauthorizedAccessException:
                    return new IndexFault(IndexFaultKind.Unwritable, $"the index folder cannot be written: {e.Message}");
                case IOException io when IsOutOfDisk(io):
                    return new IndexFault(IndexFaultKind.OutOfDisk, $"the disk is full: {e.Message}");
                case IOException io when IsUnwritable(io):
                    return new IndexFault(IndexFaultKind.Unwritable, $"the index folder cannot be written: {e.Message}");
                case IOException io when io.Message.Contains("read past EOF", StringComparison.OrdinalIgnoreCase) || io.Message.Contains("checksum", StringComparison.OrdinalIgnoreCase):
                    return new IndexFault(IndexFaultKind.Corrupt, $"the index files are damaged: {e.Message}");
                case ArgumentException or IndexOutOfRangeException or ArithmeticException when RaisedInStorage(e):
                    // e.g. "slice() out of bounds … fileLength=…": a file shorter than its segment says
                    return new IndexFault(IndexFaultKind.Corrupt, $"the index files are damaged: {e.Message}");
            }
        }
        return exception is IOException ? new IndexFault(IndexFaultKind.IoError, $"the index could not be read or written: {exception.Message}") : null;
    }

    /// <summary>Thrown inside Lucene's file layer (store, codecs): the files disagree with what the index says of them.</summary>
    private static bool RaisedInStorage(Exception e) =>
        e.TargetSite?.DeclaringType?.Namespace is { } ns && (ns.StartsWith("Lucene.Net.Store", StringComparison.Ordinal) || ns.StartsWith("Lucene.Net.Codecs", StringComparison.Ordinal));

    private static bool IsOutOfDisk(IOException e) =>
        (e.HResult & 0xFFFF) is Enospc or 112 || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("disk full", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnwritable(IOException e) =>
        (e.HResult & 0xFFFF) is Erofs or Eacces || e.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("Permission denied", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("Access to the path", StringComparison.OrdinalIgnoreCase);
}
