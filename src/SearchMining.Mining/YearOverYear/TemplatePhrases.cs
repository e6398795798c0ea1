using SearchMining.Core.Domain;
using SearchMining.Mining.Text;

namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// Phrases (character shingles) that the reports of many agencies share — the national templates' headings, table
/// labels and stock sentences — learned from a corpus, template by template: a phrase is a template phrase when, among
/// the agencies with reports of one template (2021, 2019, pre-2019, unknown), at least <see cref="ReuseOptions.TemplateMinShare"/>
/// of them and at least <see cref="ReuseOptions.TemplateMinAgencies"/> use it. (One threshold over the whole corpus would
/// miss the 2021 template's labels in a corpus of mostly older reports.) The reuse measure leaves their characters out.
/// </summary>
public sealed class TemplatePhrases
{
    private readonly HashSet<ulong> _phrases;

    private TemplatePhrases(HashSet<ulong> phrases, IReadOnlyList<TemplateGroup> groups, ReuseOptions options)
    {
        _phrases = phrases;
        Groups = groups;
        Options = options;
    }

    /// <summary>No template phrases (every character counts).</summary>
    public static TemplatePhrases None { get; } = new([], [], ReuseOptions.Default);

    public ReuseOptions Options { get; }

    /// <summary>What each template contributed.</summary>
    public IReadOnlyList<TemplateGroup> Groups { get; }

    public int Count => _phrases.Count;

    /// <summary>Learns the phrases from reports grouped by agency (all reports of one agency and template count once).</summary>
    public static TemplatePhrases Learn(IEnumerable<IEnumerable<Report>> reportsByAgency, ReuseOptions? options = null)
    {
        options ??= ReuseOptions.Default;
        var shingleLength = options.ShingleLength;
        var byTemplate = new Dictionary<ReportTemplate, (Dictionary<ulong, int> SeenIn, int Agencies)>();
        // Agencies are read (their reports loaded, when they come from an index) and shingled in parallel; counting is
        // a sum, so the order in which agencies are counted does not change the phrases.
        reportsByAgency.AsParallel().ForAll(agency =>
        {
            var own = agency.GroupBy(r => r.Template).Select(template =>
            {
                var shingles = new HashSet<ulong>();
                foreach (var report in template) shingles.UnionWith(Shingles.Of(ContentText.Of(ReportComparer.WholeText(report)).Text, shingleLength));
                return (template.Key, shingles);
            }).ToList();
            lock (byTemplate)
            {
                foreach (var (template, shingles) in own)
                {
                    var (seenIn, agencies) = byTemplate.GetValueOrDefault(template, (new Dictionary<ulong, int>(), 0));
                    foreach (var shingle in shingles) seenIn[shingle] = seenIn.GetValueOrDefault(shingle) + 1;
                    byTemplate[template] = (seenIn, agencies + 1);
                }
            }
        });
        var phrases = new HashSet<ulong>();
        var groups = new List<TemplateGroup>();
        foreach (var (template, (seenIn, agencies)) in byTemplate.OrderBy(g => g.Key))
        {
            var min = Math.Max(options.TemplateMinAgencies, (int)Math.Ceiling(options.TemplateMinShare * agencies));
            var found = seenIn.Where(p => p.Value >= min).Select(p => p.Key).ToList();
            phrases.UnionWith(found);
            groups.Add(new TemplateGroup(template, agencies, min, found.Count));
        }
        return new TemplatePhrases(phrases, groups, options);
    }

    /// <summary>The learned phrases (shingle hashes), to be kept and given back to <see cref="Restore"/>.</summary>
    public IReadOnlyCollection<ulong> Phrases => _phrases;

    /// <summary>Phrases learned before (<see cref="Learn"/>) and kept: the same phrases, groups and options.</summary>
    public static TemplatePhrases Restore(IEnumerable<ulong> phrases, IReadOnlyList<TemplateGroup> groups, ReuseOptions? options = null) =>
        new([.. phrases], groups, options ?? ReuseOptions.Default);

    internal bool Contains(ulong shingle) => _phrases.Contains(shingle);

    /// <summary>Whether every shingle of a phrase (its content characters; at least one shingle long) is a template phrase.</summary>
    public bool ContainsPhrase(string phrase)
    {
        var shingles = Shingles.Of(ContentText.Of(phrase).Text, Options.ShingleLength);
        return shingles.Length > 0 && shingles.All(_phrases.Contains);
    }
}
