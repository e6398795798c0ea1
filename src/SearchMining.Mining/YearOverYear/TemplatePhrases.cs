using SearchMining.Mining.Text;

namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// Phrases (character shingles) that the reports of many agencies share — the national template's headings, table
/// labels and stock sentences — learned from a corpus. The reuse measure leaves their characters out.
/// </summary>
public sealed class TemplatePhrases
{
    private readonly HashSet<ulong> _phrases;

    private TemplatePhrases(HashSet<ulong> phrases, int agencies, int minAgencies, ReuseOptions options)
    {
        _phrases = phrases;
        Agencies = agencies;
        MinAgencies = minAgencies;
        Options = options;
    }

    /// <summary>No template phrases (every character counts).</summary>
    public static TemplatePhrases None { get; } = new([], 0, 0, ReuseOptions.Default);

    public ReuseOptions Options { get; }

    /// <summary>How many agencies the phrases were learned from.</summary>
    public int Agencies { get; }

    /// <summary>How many agencies' reports a phrase had to be in.</summary>
    public int MinAgencies { get; }

    public int Count => _phrases.Count;

    /// <summary>Learns the phrases from texts grouped by agency (all reports of one agency count once).</summary>
    public static TemplatePhrases Learn(IEnumerable<IEnumerable<string>> textsByAgency, ReuseOptions? options = null)
    {
        options ??= ReuseOptions.Default;
        var seenIn = new Dictionary<ulong, int>();
        var agencies = 0;
        foreach (var texts in textsByAgency)
        {
            var own = new HashSet<ulong>();
            foreach (var text in texts) own.UnionWith(Shingles.Of(ContentText.Of(text).Text, options.ShingleLength));
            foreach (var shingle in own) seenIn[shingle] = seenIn.GetValueOrDefault(shingle) + 1;
            agencies++;
        }
        var min = Math.Max(options.TemplateMinAgencies, (int)Math.Ceiling(options.TemplateMinShare * agencies));
        var phrases = seenIn.Where(p => p.Value >= min).Select(p => p.Key).ToHashSet();
        return new TemplatePhrases(phrases, agencies, min, options);
    }

    internal bool Contains(ulong shingle) => _phrases.Contains(shingle);

    /// <summary>Whether every shingle of a phrase (its content characters; at least one shingle long) is a template phrase.</summary>
    public bool ContainsPhrase(string phrase)
    {
        var shingles = Shingles.Of(ContentText.Of(phrase).Text, Options.ShingleLength);
        return shingles.Length > 0 && shingles.All(_phrases.Contains);
    }
}
