using Microsoft.Data.Sqlite;

namespace SearchMining.Corpus.Storage;

/// <summary>Parameterised commands and nullable reads on the stores opened by <see cref="DurableDatabase"/>, written once for all of them.</summary>
public static class SqliteCommands
{
    /// <summary>A command in <paramref name="tx"/> (or none) with its named parameters (null → SQL NULL); the caller disposes it.</summary>
    public static SqliteCommand Command(this SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Column <paramref name="i"/> as a string, or null for SQL NULL.</summary>
    public static string? GetNullableString(this SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>Column <paramref name="i"/> as an int, or null for SQL NULL.</summary>
    public static int? GetNullableInt32(this SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);

    /// <summary>Runs a statement; the number of rows it changed.</summary>
    public static int Run(this SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(tx, sql, parameters);
        return command.ExecuteNonQuery();
    }
}
