using SearchMining.Core.Domain;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>
/// The report document stores the report without the texts its section documents hold (schema 8): what is read back must
/// be the report as it was parsed, field for field, on every sample report.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class StoredReportBodyTests(SampleIndexFixture fixture)
{
    [Fact]
    public void Every_sample_report_is_read_back_from_the_index_as_it_was_parsed()
    {
        fixture.Reports.Count.ShouldBeGreaterThan(10);
        foreach (var report in fixture.Reports)
        {
            var read = fixture.Index.GetReport(report.Id);
            read.ShouldNotBeNull(report.SourceFile);
            StoredReportJson.Serialize(read).ShouldBe(StoredReportJson.Serialize(report), customMessage: report.SourceFile);
        }
    }

    [Fact]
    public void The_report_document_holds_no_copy_of_the_source_or_section_texts()
    {
        var bodies = new List<StoredReportBody>();
        fixture.Index.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var document = reader.Document(doc);
                if (document.Get(IndexFields.DocKind) != DocumentKinds.Report) continue;
                document.GetField(IndexFields.ReportJson).ShouldBeNull();
                bodies.Add(StoredReportJson.ReadBody(document).ShouldNotBeNull());
            }
            return 0;
        });
        bodies.Count.ShouldBe(fixture.Reports.Count);
        bodies.ShouldAllBe(b => b.Report.Sections.All(s => s.Text.Length == 0) && b.Report.Preamble == null);
        // The parser's runs copy the source verbatim, so every sample report's source is rebuilt from its sections.
        bodies.ShouldAllBe(b => b.GapText != null && b.Report.SourceText.Length == 0);
        bodies.Where(b => b.Report.Sections.Any(s => s.Subsections.Count > 0)).ShouldAllBe(b => b.SubsectionsInSections);
        // What is left of the source (headings, line breaks, preamble, table layout) is a minority of it.
        bodies.Sum(b => b.GapText!.Length).ShouldBeLessThan(bodies.Sum(b => b.SourceLength) / 2);
    }

    [Fact]
    public void A_report_whose_runs_or_subsections_do_not_copy_their_text_keeps_that_text_and_is_restored_exactly()
    {
        var report = fixture.Reports.First(r => r.Sections.Any(s => s.Subsections.Count > 0 && s.SourceRuns.Count > 0) && r.PreambleSection() is not null);
        var section = report.Sections.First(s => s.Subsections.Count > 0 && s.SourceRuns.Count > 0);
        var run = section.SourceRuns[0];
        // A source character under a run changed (as in a report made by hand), and a subsection whose text is not its range.
        var source = report.SourceText.ToCharArray();
        source[run.SourceStart] = source[run.SourceStart] == '〇' ? '○' : '〇';
        var edited = report with
        {
            SourceText = new string(source),
            Sections = [.. report.Sections.Select(s => ReferenceEquals(s, section)
                ? s with { Subsections = [s.Subsections[0] with { Text = "（手写）" + s.Subsections[0].Text }, .. s.Subsections.Skip(1)] }
                : s)],
        };
        var body = StoredReportBody.Of(edited);
        body.GapText.ShouldBeNull();
        body.Report.SourceText.ShouldBe(edited.SourceText);
        body.SubsectionsInSections.ShouldBeFalse();
        body.Report.Sections.ShouldAllBe(s => s.Text.Length == 0);

        var texts = edited.SearchableSections().ToDictionary(s => s.Ordinal, s => s.Text);
        var restored = body.Restore(o => texts.GetValueOrDefault(o)).ShouldNotBeNull();
        StoredReportJson.Serialize(restored).ShouldBe(StoredReportJson.Serialize(edited));
        // A section text missing from the index: no half-restored report.
        body.Restore(o => o == section.Ordinal ? null : texts.GetValueOrDefault(o)).ShouldBeNull();
    }

    [Fact]
    public void The_views_digest_is_read_from_the_body_and_no_report_document_stores_one()
    {
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        var visited = new List<string>();
        fixture.Index.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var document = reader.Document(doc);
                if (document.Get(IndexFields.DocKind) != DocumentKinds.Report) continue;
                document.GetField(IndexFields.ReportDigest).ShouldBeNull();
                var digest = StoredReportJson.ReadDigest(reader.Document(doc, StoredReportJson.DigestFields)).ShouldNotBeNull();
                digests[digest.Id] = StoredReportJson.Serialize(digest);
            }
            return 0;
        });
        StoredReports.VisitDigests(fixture.Index, r => visited.Add(StoredReportJson.Serialize(r)));

        digests.Count.ShouldBe(fixture.Reports.Count);
        foreach (var report in fixture.Reports)
        {
            var expected = StoredReportJson.Serialize(StoredReportJson.DigestOf(report));
            digests[report.Id].ShouldBe(expected, customMessage: report.SourceFile);
            visited.ShouldContain(expected, customMessage: report.SourceFile);
        }
        // Statements and commitments are what the views count from the digests: the parsed reports hold some.
        fixture.Reports.Sum(r => r.Statements.Count).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_schema_9_report_document_is_read_from_its_digest_field()
    {
        var report = fixture.Reports.First(r => r.Statements.Count > 0);
        var document = new Lucene.Net.Documents.Document { StoredReportJson.ToDigestField(report) };
        var digest = StoredReportJson.ReadDigest(document).ShouldNotBeNull();
        StoredReportJson.Serialize(digest).ShouldBe(StoredReportJson.Serialize(StoredReportJson.DigestOf(report)));
        StoredReportJson.ReadDigest(new Lucene.Net.Documents.Document()).ShouldBeNull();
    }
}
