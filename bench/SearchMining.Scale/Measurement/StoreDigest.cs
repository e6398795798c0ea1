using Microsoft.Data.Sqlite;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// What a SQLite store holds, independent of row order: per table, its row count and the sum of its rows' hashes (every
/// column's value). Two stores with equal lines hold the same rows.
/// </summary>
internal static class StoreDigest
{
    public static IReadOnlyList<string> Read(string databaseFile)
    {
        var lines = new List<string>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var names = list.ExecuteReader();
            while (names.Read()) tables.Add(names.GetString(0));
        }
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var rows = select.ExecuteReader();
            long count = 0;
            ulong sum = 0;
            while (rows.Read())
            {
                var h = 14695981039346656037UL;
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    var value = rows.IsDBNull(i) ? "\u0000null" : rows.GetValue(i) is byte[] blob ? Convert.ToBase64String(blob) : Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    foreach (var b in System.Text.Encoding.UTF8.GetBytes(value + "\u001f")) h = unchecked((h ^ b) * 1099511628211UL);
                }
                count++;
                sum = unchecked(sum + Mix(h));
            }
            lines.Add($"table {table}: {count} rows, {sum:x16}");
        }
        return lines;
    }

    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
            x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
            return x ^ (x >> 31);
        }
    }
}
