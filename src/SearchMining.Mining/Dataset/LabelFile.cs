using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Dataset;

/// <summary>Reads and appends data/themes/labels.jsonl (one labelled statement a line). Bad lines become errors, never exceptions.</summary>
public sealed class LabelFile
{
    /// <summary>Values of the <c>split</c> field of corpus lines (data/corpus/SPLIT.md).</summary>
    public const string DevSplit = "dev";
    public const string TestSplit = "test";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a data file, not HTML: keep Chinese and “” readable
    };

    public async Task<LabelSet> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return new LabelSet([], [$"Labels file not found: {path}"]);
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, Encoding.UTF8, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LabelSet([], [$"Labels file could not be read: {ex.Message}"]);
        }
        return Parse(lines);
    }

    public static LabelSet Parse(IEnumerable<string> lines)
    {
        var statements = new List<LabelledStatement>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (statement, error) = ParseLine(line);
            if (statement is not null) statements.Add(statement);
            else errors.Add($"line {number}: {error}");
        }
        return new LabelSet(statements, errors);
    }

    public async Task AppendAsync(string path, IEnumerable<LabelledStatement> statements, CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var text = new StringBuilder();
        foreach (var s in statements) text.Append(Format(s)).Append('\n');
        await File.AppendAllTextAsync(path, text.ToString(), new UTF8Encoding(false), ct);
    }

    public static string Format(LabelledStatement statement) => JsonSerializer.Serialize(new LabelLine
    {
        Text = statement.Text,
        Source = statement.Source,
        Group = statement.Group,
        Kind = StatementKindNames.ToName(statement.Kind),
        Themes = [.. statement.Themes],
        Synthetic = statement.Synthetic,
        Note = statement.Note,
        Id = statement.Id,
        Path = statement.Path,
        Split = statement.Split,
        Slug = statement.Slug,
        Flag = statement.Flag,
    }, Json);

    private static (LabelledStatement? Statement, string? Error) ParseLine(string line)
    {
        LabelLine? raw;
        try
        {
            raw = JsonSerializer.Deserialize<LabelLine>(line, Json);
        }
        catch (JsonException ex)
        {
            return (null, $"not valid JSON ({ex.Message})");
        }
        if (raw is null || string.IsNullOrWhiteSpace(raw.Text)) return (null, "no text");
        if (string.IsNullOrWhiteSpace(raw.Source)) return (null, "no source");
        var kind = StatementKindNames.Parse(raw.Kind);
        if (kind is null) return (null, $"unknown kind '{raw.Kind}' (expected problem, rectification or measure)");
        var themes = raw.Themes ?? [];
        if (themes.Count == 0) return (null, "no theme (use 'other' when none fits)");
        var unknown = themes.FirstOrDefault(t => !ThemeIds.IsKnown(t));
        if (unknown is not null) return (null, $"unknown theme '{unknown}'");
        if (raw.Split is not null && raw.Split is not (DevSplit or TestSplit)) return (null, $"unknown split '{raw.Split}' (expected {DevSplit} or {TestSplit})");
        var group = string.IsNullOrWhiteSpace(raw.Group) ? raw.Source : raw.Group;
        return (new LabelledStatement(raw.Text, raw.Source, group, kind.Value, themes.Distinct().ToList(), raw.Synthetic, raw.Note,
            raw.Id, raw.Path, raw.Split, raw.Slug, raw.Flag), null);
    }
}
