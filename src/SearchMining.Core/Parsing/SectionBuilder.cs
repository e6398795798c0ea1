using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>Cuts the source at the headings and builds each section's clean text and subsections.</summary>
public static class SectionBuilder
{
    public static IReadOnlyList<ReportSection> Build(string source, IReadOnlyList<SectionHeading> headings, int bodyEnd)
    {
        var sections = new List<ReportSection>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].Start : Math.Max(bodyEnd, h.BodyStart);
            var clean = CleanTextBuilder.Build(source, Math.Min(h.BodyStart, end), end);
            sections.Add(new ReportSection
            {
                Number = h.Number,
                Ordinal = i + 1,
                Topic = h.Topic,
                Title = h.Title,
                Text = clean.Text,
                SourceStart = h.Start,
                SourceEnd = TrimEnd(source, h.Start, end),
                Subsections = SubsectionSplitter.Split(clean.Text),
                SourceRuns = clean.Runs,
            });
        }
        return sections;
    }

    private static int TrimEnd(string source, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(source[end - 1])) end--;
        return end;
    }
}
