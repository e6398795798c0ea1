using System.Reflection;

namespace SearchMining.Index.Querying;

/// <summary>
/// Query-side synonyms of this field's vocabulary (人员培训 → 业务培训, 业务知识培训 …), read from a tab-separated list:
/// <c>term TAB expansion,expansion…</c>. A word group that contains a term is expanded with its expansions.
/// </summary>
public sealed class QuerySynonyms
{
    private readonly IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> _entries;

    public QuerySynonyms(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> entries) =>
        _entries = entries.OrderByDescending(e => e.Key.Length).ToList();

    public static QuerySynonyms Empty { get; } = new([]);

    public int Count => _entries.Count;

    /// <summary>The bundled list (Querying/synonyms.tsv, embedded).</summary>
    public static QuerySynonyms LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SearchMining.Index.Querying.synonyms.tsv");
        if (stream is null) return Empty;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static QuerySynonyms Parse(string text)
    {
        var entries = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var expansions = line[(tab + 1)..].Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (expansions.Length > 0) entries.Add(new(line[..tab].Trim(), expansions));
        }
        return new QuerySynonyms(entries);
    }

    /// <summary>True when <paramref name="term"/> is an entry (left column) of the list.</summary>
    public bool IsEntry(string term) => _entries.Any(e => e.Key.Equals(term, StringComparison.Ordinal));

    /// <summary>Expansions for every term contained in <paramref name="words"/> (longest terms first, without repeats).</summary>
    public IReadOnlyList<string> Expand(string words)
    {
        var result = new List<string>();
        foreach (var (term, expansions) in _entries)
        {
            if (!words.Contains(term, StringComparison.Ordinal)) continue;
            foreach (var e in expansions)
                if (!result.Contains(e) && !words.Contains(e, StringComparison.Ordinal)) result.Add(e);
        }
        return result;
    }
}
