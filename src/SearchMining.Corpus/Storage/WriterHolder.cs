namespace SearchMining.Corpus.Storage;

/// <summary>Who holds an index folder's writer lock, as its holder wrote it down.</summary>
public sealed record WriterHolder(int ProcessId, string Host, string Command, DateTimeOffset Since)
{
    public override string ToString() => $"process {ProcessId} on {Host} ({Command}), since {Since:yyyy-MM-dd HH:mm:ss} UTC";

    public static WriterHolder Current() => new(Environment.ProcessId, Environment.MachineName,
        string.Join(' ', Environment.GetCommandLineArgs().Select(a => a.Contains(' ') ? $"\"{a}\"" : a)), DateTimeOffset.UtcNow);
}
