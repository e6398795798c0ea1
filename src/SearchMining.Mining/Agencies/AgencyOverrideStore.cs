using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchMining.Mining.Agencies;

/// <summary>
/// A person's merges and splits, kept in a small JSON file (a log replayed in order) that lives beside the index and
/// not in it, so a rebuild keeps it. Writes go to a temporary file renamed over the old one: a crash leaves the old
/// file or the new one, never half of one. A file that cannot be read is an error, never silently an empty log.
/// </summary>
public sealed class AgencyOverrideStore(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
    private readonly Lock _gate = new();

    public string Path { get; } = path;

    public IReadOnlyList<AgencyOverride> Load()
    {
        lock (_gate) return Read();
    }

    public void Append(AgencyOverride decision)
    {
        lock (_gate)
        {
            var all = Read().Append(decision).ToList();
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
            Directory.CreateDirectory(folder);
            var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Path)}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temporary, JsonSerializer.Serialize(new OverrideFile(1, all), Json));
            File.Move(temporary, Path, overwrite: true);
        }
    }

    private List<AgencyOverride> Read()
    {
        if (!File.Exists(Path)) return [];
        try
        {
            var file = JsonSerializer.Deserialize<OverrideFile>(File.ReadAllText(Path), Json)
                ?? throw new InvalidDataException("empty");
            foreach (var o in file.Overrides)
            {
                if (o.Action is not (AgencyOverride.Merge or AgencyOverride.Split) || o.A is null || o.B is null)
                    throw new InvalidDataException($"an override with action '{o.Action}' and no names");
            }
            return file.Overrides.ToList();
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new InvalidDataException($"The agency overrides file {Path} cannot be read ({e.Message}); fix or move it — nothing was changed.", e);
        }
    }

    private sealed record OverrideFile(int Version, IReadOnlyList<AgencyOverride> Overrides);
}
