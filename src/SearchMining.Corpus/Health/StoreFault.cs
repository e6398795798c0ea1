using Microsoft.Data.Sqlite;

namespace SearchMining.Corpus.Health;

/// <summary>The problem a failure of the originals store (SQLite) stands for.</summary>
internal static class StoreFault
{
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    public static CorpusProblem? From(Exception exception) => exception is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            SqliteFull => new CorpusProblem(CorpusProblemCodes.OutOfDisk, $"The originals store is out of disk: {sqlite.Message}", false),
            SqliteReadOnly or SqliteCantOpen => new CorpusProblem(CorpusProblemCodes.IndexUnwritable, $"The originals store cannot be written: {sqlite.Message}", false),
            SqliteCorrupt => new CorpusProblem(CorpusProblemCodes.IndexCorrupt, $"The originals store is damaged: {sqlite.Message}", false),
            SqliteIoError => new CorpusProblem(CorpusProblemCodes.IndexUnwritable, $"The originals store failed to write: {sqlite.Message}", false),
            _ => null,
        }
        : null;
}
