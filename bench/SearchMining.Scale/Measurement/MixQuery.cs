namespace SearchMining.Scale.Measurement;

/// <summary>One query of the fixed mix: its /api/search parameters, and the same query for the Java peer.</summary>
internal sealed record MixQuery(string Id, IReadOnlyList<KeyValuePair<string, string>> Parameters, string PeerQuery, string PeerFilters)
{
    public const string AgencyPlaceholder = "{agency}";

    public string PathAndQuery => "/api/search?" + string.Join("&", Parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>
    /// Reads query-mix.tsv for a generated corpus: the agency of the mix is the first report's agency in the corpus's
    /// manifest.tsv (the column <see cref="Generation.CorpusWriter"/> writes third).
    /// </summary>
    public static IReadOnlyList<MixQuery> LoadForCorpus(string path, string corpus) =>
        Load(path, File.ReadLines(Path.Combine(corpus, "manifest.tsv")).Skip(1).First().Split('\t')[2]);

    /// <summary>Reads query-mix.tsv (comments start with #, a header line, then id TAB params TAB peer query TAB peer filters).</summary>
    public static IReadOnlyList<MixQuery> Load(string path, string agency)
    {
        var queries = new List<MixQuery>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            var cells = line.Replace(AgencyPlaceholder, agency).Split('\t');
            if (cells.Length < 3) throw new FormatException($"{path}: a query line needs id, params and peer query: {line}");
            var parameters = cells[1].Split('&').Select(p => p.Split('=', 2)).Select(kv => KeyValuePair.Create(kv[0], kv.Length > 1 ? kv[1] : "")).ToList();
            queries.Add(new MixQuery(cells[0], parameters, cells[2], cells.Length > 3 ? cells[3] : ""));
        }
        return queries;
    }
}
