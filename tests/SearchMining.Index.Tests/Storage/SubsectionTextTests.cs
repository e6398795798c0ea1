using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchMining.Index.Analysis;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>
/// Subsection documents store a range of their section's text instead of a copy, and take their analysed fields from
/// the section's analysis: what they show and what they match must be those of the subsection's own text.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class SubsectionTextTests(SampleIndexFixture fixture)
{
    private Dictionary<string, string> ParsedSubsectionTexts() => fixture.Reports
        .SelectMany(r => r.SearchableSections().SelectMany(s => s.Subsections.Select((sub, i) => (Id: new SectionId(r.Id, s.Ordinal, i + 1).ToString(), sub.Text))))
        .ToDictionary(x => x.Id, x => x.Text, StringComparer.Ordinal);

    [Fact]
    public void Subsection_documents_store_no_text_of_their_own_and_read_back_their_subsections_text()
    {
        var parsed = ParsedSubsectionTexts();
        parsed.Count.ShouldBeGreaterThan(50);
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        fixture.Index.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var raw = reader.Document(doc);
                if (raw.Get(IndexFields.DocKind) != DocumentKinds.Subsection) continue;
                raw.GetField(IndexFields.Text).ShouldBeNull();
                read[raw.Get(IndexFields.SectionId)] = SectionTexts.Load(searcher, doc).Get(IndexFields.Text);
                // Only the text asked for: a field set without the text loads no parent.
                SectionTexts.Load(searcher, doc, new HashSet<string> { IndexFields.SectionTopic }).GetField(IndexFields.Text).ShouldBeNull();
            }
            return 0;
        });
        read.ShouldBe(parsed, ignoreOrder: true);

        var exported = new Dictionary<string, string>(StringComparer.Ordinal);
        StoredSections.Visit(fixture.Index, s => { if (s.Kind == DocumentKinds.Subsection) exported[s.SectionId] = s.Text; });
        exported.ShouldBe(parsed, ignoreOrder: true);
    }

    [Fact]
    public void Subsection_hits_show_snippets_of_the_subsection_text()
    {
        var parsed = ParsedSubsectionTexts();
        var results = fixture.Search(new SearchRequest("公开 OR 申请") { Granularity = SearchGranularity.Subsection, Size = 50 });
        results.Hits.Count.ShouldBeGreaterThan(10);
        foreach (var hit in results.Hits)
        {
            hit.Snippets.ShouldNotBeEmpty(hit.SectionId);
            foreach (var snippet in hit.Snippets) parsed[hit.SectionId].ShouldContain(snippet.Text.Trim('…'), customMessage: hit.SectionId);
        }
    }

    [Fact]
    public void A_slice_of_the_section_analysis_is_the_analysis_of_the_subsection_text()
    {
        using var analyzers = fixture.Analyzers.Create();
        using var indexing = analyzers.CreateIndexingAnalyzer();
        var compared = 0;
        foreach (var section in fixture.Reports.SelectMany(r => r.SearchableSections()))
        {
            foreach (var field in new[] { TextFields.Section.Words, TextFields.Section.Bigram })
            {
                var whole = CapturedTokens.Capture(indexing, field, section.Text);
                foreach (var sub in section.Subsections)
                {
                    var direct = Tokens(indexing.GetTokenStream(field, sub.Text));
                    Tokens(whole.Slice(sub.Start, sub.End).Replay()).ShouldBe(direct, $"{field} of {sub.Marker}{sub.Title}");
                    Tokens(new RangeTokenFilter(indexing.GetTokenStream(field, section.Text), sub.Start, sub.End)).ShouldBe(direct);
                    compared++;
                }
            }
        }
        compared.ShouldBeGreaterThan(100);
    }

    /// <summary>
    /// Every token as term@position[start,end), then the final offset. Positions are counted from the first token's: a
    /// stop word dropped before the range moves the whole range by one position in the section's analysis, which no
    /// phrase, proximity or length (norm) sees.
    /// </summary>
    private static List<string> Tokens(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var tokens = new List<string>();
            var position = -1;
            int? first = null;
            stream.Reset();
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                first ??= position;
                tokens.Add($"{term}@{position - first}[{offset.StartOffset},{offset.EndOffset})");
            }
            stream.End();
            tokens.Add($"end {offset.EndOffset}");
            return tokens;
        }
    }
}
