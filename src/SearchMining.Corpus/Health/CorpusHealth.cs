using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Health;

/// <summary>
/// What is wrong with the corpus's storage now: an index that could not be opened, damaged files (found by the start-up
/// check or by a failing read), a folder that cannot be written, too little free disk, a failed write. Damage is kept
/// until the process restarts; a write fault until a write succeeds. Writability and free space are probed live
/// (at most every <see cref="ProbeInterval"/>). Thread-safe.
/// </summary>
public sealed class CorpusHealth(string indexPath, long minFreeDiskBytes)
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private CorpusProblem? _unavailable;
    private CorpusProblem? _corrupt;
    private CorpusProblem? _writeFault;
    private (DateTime At, CorpusProblem? Problem)? _probe;
    private Func<string?>? _readOnlyReason;

    /// <summary>Every current problem (empty when all is well).</summary>
    public IReadOnlyList<CorpusProblem> Problems()
    {
        var problems = new List<CorpusProblem>();
        lock (_gate)
        {
            if (_unavailable is { } u) problems.Add(u);
            if (_corrupt is { } c) problems.Add(c);
        }
        if (problems.Count > 0) return problems;
        if (ReadOnly() is { } readOnly) problems.Add(readOnly);
        lock (_gate)
        {
            if (_writeFault is { } w) problems.Add(w);
        }
        if (Probe() is { } probed && problems.All(p => p.Code != probed.Code)) problems.Add(probed);
        return problems;
    }

    /// <summary>The problem that stops reads (index not open or damaged), or null.</summary>
    public CorpusProblem? ReadProblem
    {
        get
        {
            lock (_gate) return _unavailable ?? _corrupt;
        }
    }

    /// <summary>The problem that stops writes, or null when a write may be tried.</summary>
    public CorpusProblem? WriteProblem => ReadProblem ?? ReadOnly() ?? Probe();

    /// <summary>The index could not be opened at all.</summary>
    public void IndexUnavailable(IndexOpenError error)
    {
        var code = error.Kind switch
        {
            IndexOpenErrorKind.Corrupt => CorpusProblemCodes.IndexCorrupt,
            IndexOpenErrorKind.Locked => CorpusProblemCodes.IndexLocked,
            IndexOpenErrorKind.Unwritable => CorpusProblemCodes.IndexUnwritable,
            _ => CorpusProblemCodes.IndexUnavailable,
        };
        lock (_gate) _unavailable = new CorpusProblem(code, error.Message, BlocksReads: true);
    }

    /// <summary>The index opened; <paramref name="readOnlyReason"/> says (live) why it cannot be written, if it cannot.</summary>
    public void IndexOpened(Func<string?> readOnlyReason)
    {
        lock (_gate)
        {
            _unavailable = null;
            _readOnlyReason = readOnlyReason;
        }
    }

    /// <summary>Records the storage fault behind <paramref name="exception"/>, if it is one; returns the problem it stands for.</summary>
    public CorpusProblem? Report(Exception exception)
    {
        if (exception is CorpusUnavailableException unavailable) return unavailable.Problem;
        if (ProblemFor(exception, indexPath) is not { } problem) return null;
        lock (_gate)
        {
            if (problem.BlocksReads) _corrupt = problem;
            else _writeFault = problem;
        }
        return problem;
    }

    /// <summary>The problem a storage fault of the index (Lucene, file system) or of the originals store (SQLite) stands for; null for other exceptions.</summary>
    public static CorpusProblem? ProblemFor(Exception exception, string indexPath)
    {
        if (exception is CorpusUnavailableException unavailable) return unavailable.Problem;
        if (StoreFault.From(exception) is { } store) return store;
        if (IndexFault.From(exception) is not { } fault) return null;
        return fault.Kind switch
        {
            IndexFaultKind.Corrupt => new CorpusProblem(CorpusProblemCodes.IndexCorrupt, $"The index at {indexPath} is damaged: {fault.Message}. Rebuild it from the kept originals (searchmining index --rebuild).", true),
            IndexFaultKind.OutOfDisk => new CorpusProblem(CorpusProblemCodes.OutOfDisk, $"The disk of {indexPath} is full: {fault.Message}", false),
            IndexFaultKind.Unwritable => new CorpusProblem(CorpusProblemCodes.IndexUnwritable, $"The index folder {indexPath} cannot be written: {fault.Message}", false),
            IndexFaultKind.Locked => new CorpusProblem(CorpusProblemCodes.IndexLocked, fault.Message, false),
            _ => new CorpusProblem(CorpusProblemCodes.IndexUnwritable, $"Reading or writing the index at {indexPath} failed: {fault.Message}", false),
        };
    }

    /// <summary>What the live probe finds (folder writable? enough free disk?), at most every <see cref="ProbeInterval"/>.</summary>
    public CorpusProblem? StorageProblem => Probe();

    /// <summary>A write committed: an earlier write fault is over.</summary>
    public void WriteSucceeded()
    {
        lock (_gate) _writeFault = null;
    }

    private CorpusProblem? ReadOnly()
    {
        Func<string?>? reason;
        lock (_gate) reason = _readOnlyReason;
        return reason?.Invoke() is { } why
            ? new CorpusProblem(CorpusProblemCodes.IndexUnwritable, $"The index at {indexPath} is read-only: {why}", false)
            : null;
    }

    /// <summary>Can a file be created in the index folder, and is there enough free disk? Cached for <see cref="ProbeInterval"/>.</summary>
    private CorpusProblem? Probe()
    {
        lock (_gate)
        {
            if (_probe is { } cached && DateTime.UtcNow - cached.At < ProbeInterval) return cached.Problem;
        }
        var problem = ProbeNow();
        lock (_gate) _probe = (DateTime.UtcNow, problem);
        return problem;
    }

    private CorpusProblem? ProbeNow()
    {
        if (!Directory.Exists(indexPath)) return null;
        try
        {
            var free = new DriveInfo(indexPath).AvailableFreeSpace;
            if (free < minFreeDiskBytes)
                return new CorpusProblem(CorpusProblemCodes.OutOfDisk,
                    $"The disk of {indexPath} has {free / (1024 * 1024)} MB free; writes need at least {minFreeDiskBytes / (1024 * 1024)} MB.", false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // free space unknown: the write probe below still tells
        }
        var probe = Path.Combine(indexPath, $".write-probe-{Environment.ProcessId}");
        try
        {
            using (var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
                stream.WriteByte(0);
                stream.Flush(flushToDisk: false);
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var fault = IndexFault.From(e);
            return fault?.Kind == IndexFaultKind.OutOfDisk
                ? new CorpusProblem(CorpusProblemCodes.OutOfDisk, $"The disk of {indexPath} is full: {e.Message}", false)
                : new CorpusProblem(CorpusProblemCodes.IndexUnwritable, $"The index folder {indexPath} cannot be written: {e.Message}", false);
        }
    }
}
