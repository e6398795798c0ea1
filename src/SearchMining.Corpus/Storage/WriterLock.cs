using System.Text.Json;

namespace SearchMining.Corpus.Storage;

/// <summary>
/// One writer per index folder across processes: the holder keeps <c>searchmining-writer.lock</c> open with no sharing
/// (an exclusive advisory lock the operating system drops when the process dies, even on kill -9) and writes who it is
/// to <c>searchmining-writer.json</c> beside it. A second writer gets <see cref="WriterLockedException"/> naming the holder.
/// </summary>
public sealed class WriterLock : IDisposable
{
    public const string LockFileName = "searchmining-writer.lock";
    public const string HolderFileName = "searchmining-writer.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly FileStream _lock;
    private readonly string _holderPath;

    private WriterLock(FileStream @lock, string holderPath)
    {
        _lock = @lock;
        _holderPath = holderPath;
    }

    /// <summary>Takes the lock of <paramref name="folder"/> (created when missing) or throws <see cref="WriterLockedException"/>.</summary>
    public static WriterLock Acquire(string folder)
    {
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, LockFileName);
        var holderPath = Path.Combine(folder, HolderFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException && File.Exists(lockPath) && !IsUnwritable(e))
        {
            throw new WriterLockedException(folder, ReadHolder(holderPath), e);
        }
        try
        {
            var holder = WriterHolder.Current();
            var temporary = holderPath + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(holder, Json));
            File.Move(temporary, holderPath, overwrite: true);
            return new WriterLock(stream, holderPath);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The holder written down in <paramref name="folder"/>, when readable.</summary>
    public static WriterHolder? ReadHolder(string holderPath)
    {
        try
        {
            return File.Exists(holderPath) ? JsonSerializer.Deserialize<WriterHolder>(File.ReadAllText(holderPath), Json) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static bool IsUnwritable(IOException e) => e.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        try
        {
            File.Delete(_holderPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a read-only folder: the next holder overwrites it
        }
        _lock.Dispose(); // the lock file itself stays: deleting it could let two writers lock two different files
    }
}
