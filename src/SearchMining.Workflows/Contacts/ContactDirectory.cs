using SearchMining.Core.Domain;
using SearchMining.Index.Views;

namespace SearchMining.Workflows.Contacts;

/// <summary>
/// The contact directory of the corpus: for every agency, each phone, e-mail, postcode, address, office, fax and
/// website its reports give, the years each was given, and a mark for each year a kind of detail changed from the
/// agency's previous report. Agencies are grouped by name as the parser reads it.
/// </summary>
public static class ContactDirectory
{
    public static IReadOnlyList<AgencyContacts> Build(IEnumerable<ReportViewRow> reports) =>
        reports.Where(r => r.Contact is not null && !string.IsNullOrWhiteSpace(r.Agency))
            .GroupBy(r => r.Agency!, StringComparer.Ordinal)
            .Select(Agency)
            .OrderBy(a => a.Agency, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<AgencyContacts> Find(IReadOnlyList<AgencyContacts> directory, ContactQuery query)
    {
        var result = new List<AgencyContacts>();
        foreach (var agency in directory)
        {
            if (query.ChangedOnly && !agency.Changed) continue;
            if (!string.IsNullOrWhiteSpace(query.Agency) && !agency.Agency.Contains(query.Agency.Trim(), StringComparison.Ordinal)) continue;
            if (!string.IsNullOrWhiteSpace(query.Region) && !RegionNames(agency.Region).Any(n => n.Contains(query.Region.Trim(), StringComparison.Ordinal))) continue;
            var values = agency.Values.Where(v => string.IsNullOrWhiteSpace(query.Kind) || v.Kind == query.Kind).ToList();
            if (!string.IsNullOrWhiteSpace(query.Text))
            {
                var text = query.Text.Trim();
                var inName = agency.Agency.Contains(text, StringComparison.Ordinal) || RegionNames(agency.Region).Any(n => n.Contains(text, StringComparison.Ordinal));
                if (!inName) values = values.Where(v => Matches(v, text)).ToList();
            }
            if (values.Count == 0) continue;
            var kinds = values.Select(v => v.Kind).ToHashSet(StringComparer.Ordinal);
            result.Add(agency with { Values = values, Changes = agency.Changes.Where(c => kinds.Contains(c.Kind)).ToList() });
        }
        return result;
    }

    private static bool Matches(ContactValue value, string text)
    {
        if (value.Value.Contains(text, StringComparison.OrdinalIgnoreCase)) return true;
        var digits = ContactKinds.Normalize(ContactKinds.Phone, text);
        return digits.Length >= 4 && digits.Length * 2 >= text.Count(c => !char.IsWhiteSpace(c)) && ContactKinds.Normalize(value.Kind, value.Value).Contains(digits, StringComparison.Ordinal);
    }

    private static IEnumerable<string> RegionNames(RegionInfo region) =>
        new[] { region.Province, region.City, region.County }.Where(n => n is not null)!;

    private static AgencyContacts Agency(IGrouping<string, ReportViewRow> reports)
    {
        // Newest first, so the form a value is shown in is its latest one.
        var ordered = reports.OrderByDescending(r => r.Year ?? int.MinValue).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var latestYear = ordered[0].Year;
        var values = new List<ContactValue>();
        foreach (var kind in ContactKinds.All)
        {
            var byValue = new Dictionary<string, (string Shown, SortedSet<int> Years, List<string> Reports, bool Current)>(StringComparer.Ordinal);
            foreach (var report in ordered)
            {
                foreach (var value in ContactKinds.ValuesOf(report.Contact!, kind))
                {
                    var key = ContactKinds.Normalize(kind, value);
                    if (key.Length == 0) key = value;
                    if (!byValue.TryGetValue(key, out var entry)) byValue[key] = entry = (value, [], [], false);
                    if (report.Year is { } y) entry.Years.Add(y);
                    entry.Reports.Add(report.Id);
                    byValue[key] = entry with { Current = entry.Current || report.Year == latestYear };
                }
            }
            values.AddRange(byValue.Values
                .Select(e => new ContactValue(kind, e.Shown, e.Years.ToList(), e.Years.Count > 0 ? e.Years.Min : null, e.Years.Count > 0 ? e.Years.Max : null, e.Current, e.Reports))
                .OrderByDescending(v => v.LastYear ?? int.MinValue).ThenBy(v => v.Value, StringComparer.Ordinal));
        }
        var first = ordered[0];
        var years = ordered.Where(r => r.Year is not null).Select(r => r.Year!.Value).Distinct().Order().ToList();
        return new AgencyContacts(reports.Key, first.Region, years, values, Changes(ordered));
    }

    /// <summary>Per kind, each year whose details differ from the previous report year that gives that kind.</summary>
    private static IReadOnlyList<ContactChange> Changes(IReadOnlyList<ReportViewRow> newestFirst)
    {
        var byYear = newestFirst.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value).OrderBy(g => g.Key).ToList();
        var changes = new List<ContactChange>();
        foreach (var kind in ContactKinds.All)
        {
            (int Year, HashSet<string> Keys, List<string> Shown)? previous = null;
            foreach (var year in byYear)
            {
                var shown = year.SelectMany(r => ContactKinds.ValuesOf(r.Contact!, kind)).Distinct(StringComparer.Ordinal).ToList();
                if (shown.Count == 0) continue;
                var keys = shown.Select(v => ContactKinds.Normalize(kind, v)).ToHashSet(StringComparer.Ordinal);
                if (previous is { } p && !p.Keys.SetEquals(keys))
                    changes.Add(new ContactChange(kind, year.Key, p.Year, p.Shown, shown, year.First().Id));
                previous = (year.Key, keys, shown);
            }
        }
        return changes.OrderBy(c => c.Year).ThenBy(c => ContactKinds.All.ToList().IndexOf(c.Kind)).ToList();
    }
}
