using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchMining.Workflows.Citations;

/// <summary>
/// The sources of the bundled reports, read from every SOURCES.tsv under the given folders (samples/reports/,
/// data/corpus/*/): tab-separated with a header naming at least <c>file</c> and <c>source</c>; <c>agency</c>, <c>year</c>
/// and <c>retrieved</c> (yyyy-MM-dd) are read when present. Looked up by file name.
/// </summary>
public sealed partial class SourceCatalog
{
    public const string CatalogFileName = "SOURCES.tsv";

    private readonly Dictionary<string, SourceEntry> _byFile;

    private SourceCatalog(Dictionary<string, SourceEntry> byFile, IReadOnlyList<string> catalogs)
    {
        _byFile = byFile;
        Catalogs = catalogs;
    }

    public static SourceCatalog Empty { get; } = new(new Dictionary<string, SourceEntry>(StringComparer.Ordinal), []);

    /// <summary>The SOURCES.tsv files read.</summary>
    public IReadOnlyList<string> Catalogs { get; }

    public int Count => _byFile.Count;

    public IEnumerable<SourceEntry> Entries => _byFile.Values;

    /// <summary>Reads every SOURCES.tsv under the folders (missing folders are skipped); the first row for a file name wins.</summary>
    public static SourceCatalog Load(IEnumerable<string> folders)
    {
        var byFile = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);
        var catalogs = new List<string>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var path in Directory.EnumerateFiles(folder, CatalogFileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                catalogs.Add(path);
                foreach (var entry in Read(path)) byFile.TryAdd(entry.FileName, entry);
            }
        }
        return new SourceCatalog(byFile, catalogs);
    }

    /// <summary>The entry of a report file (by its name; any folder part is ignored), or null.</summary>
    public SourceEntry? Find(string? sourceFile) =>
        string.IsNullOrWhiteSpace(sourceFile) ? null : _byFile.GetValueOrDefault(Path.GetFileName(sourceFile.Trim()));

    internal static IEnumerable<SourceEntry> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) yield break;
        var header = lines[0].TrimStart('\uFEFF').Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name);
        var (file, agency, year, source, retrieved) = (Column("file"), Column("agency"), Column("year"), Column("source"), Column("retrieved"));
        if (file < 0 || source < 0) yield break;
        var folder = Path.GetDirectoryName(path)!;
        foreach (var line in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split('\t');
            string? Cell(int index) => index >= 0 && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index].Trim() : null;
            if (Cell(file) is not { } name) continue;
            var sourceText = Cell(source) ?? "";
            var filePath = Path.Combine(folder, name);
            yield return new SourceEntry(
                name,
                Cell(agency),
                int.TryParse(Cell(year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
                sourceText,
                UrlOf(sourceText),
                DateOnly.TryParseExact(Cell(retrieved), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                File.Exists(filePath) ? filePath : null);
        }
    }

    /// <summary>The address to cite from a source column: <c>orig URL</c> first, then any URL, then a <c>github:owner/repo</c> reference.</summary>
    public static string? UrlOf(string source)
    {
        if (OriginalUrl().Match(source) is { Success: true } orig) return Trim(orig.Groups[1].Value);
        if (AnyUrl().Match(source) is { Success: true } url) return Trim(url.Value);
        if (GitHubReference().Match(source) is { Success: true } gh) return "https://github.com/" + gh.Groups[1].Value;
        return null;
    }

    private static string Trim(string url) => url.TrimEnd(')', '）', '.', '。', ',', '，', ';', '；');

    [GeneratedRegex(@"orig\s+(https?://\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalUrl();

    [GeneratedRegex(@"https?://[^\s()（）]+", RegexOptions.IgnoreCase)]
    private static partial Regex AnyUrl();

    [GeneratedRegex(@"github:([A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex GitHubReference();
}
