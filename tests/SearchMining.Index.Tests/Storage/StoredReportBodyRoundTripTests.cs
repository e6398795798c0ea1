using Lucene.Net.Documents;
using SearchMining.Core.Classification;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Index.Storage;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>
/// Schema 11's body (<see cref="StoredReportBody"/>: packed runs, no gap positions, tables and commitments left out where
/// they are restored exactly) through the stored field and back, on every report of samples/reports and of a released
/// holdout folder (dev): the restored report's JSON is the parsed report's.
/// </summary>
public sealed class StoredReportBodyRoundTripTests
{
    /// <summary>Released holdout 12 (dev, data/corpus/SPLIT.md): real reports with tables the parser reads in part, or not at all.</summary>
    internal static readonly string DevFolder = Path.Combine(RepoPaths.Root, "data", "corpus", "holdout12");

    /// <summary>Themes from the text, so the commitments carry themes as the ingest's tagger leaves them.</summary>
    private sealed class LengthThemes : IStatementClassifier
    {
        public StatementClassification Classify(string statementText) =>
            new(StatementKind.Problem, statementText.Length % 2 == 0 ? ["openness"] : ["openness", "training"], new Dictionary<string, double>(), 1);
    }

    [Fact]
    public async Task Every_sample_and_dev_report_is_restored_from_its_stored_body_as_it_was_parsed()
    {
        var reports = await ParseAsync(RepoPaths.SampleReports, DevFolder);
        reports.Count.ShouldBeGreaterThan(50);
        var bodies = new List<StoredReportBody>();
        foreach (var report in reports)
        {
            var restored = RoundTrip(report, out var body);
            restored.ShouldNotBeNull(report.SourceFile);
            StoredReportJson.Serialize(restored).ShouldBe(StoredReportJson.Serialize(report), customMessage: report.SourceFile);
            // the views' digest, read from the body alone, is the parsed report's
            StoredReportJson.Serialize(StoredReportJson.DigestOf(body.Digest())).ShouldBe(StoredReportJson.Serialize(StoredReportJson.DigestOf(report)), customMessage: report.SourceFile);
            bodies.Add(body);
        }
        // What schema 11 leaves out is left out for most reports: runs always packed, no gap positions.
        bodies.ShouldAllBe(b => b.RunsPacked && b.GapStarts == null && b.Report.Sections.All(s => s.SourceRuns.Count == 0));
        bodies.Count(b => b.TablesDigest != null).ShouldBeGreaterThan(bodies.Count / 2);
        bodies.Where(b => b.TablesDigest != null).ShouldAllBe(b => b.Report.Tables.Applications.Rows.Count == 0);
        bodies.Count(b => b.CommitmentsFromStatements && reports.Any(r => r.Commitments.Count > 0 && r.Id == b.Report.Id)).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Tables_or_commitments_a_re_read_would_not_give_are_stored_as_they_are()
    {
        var report = (await ParseAsync(RepoPaths.SampleReports)).First(r => r.Tables.Applications.Rows.Count > 0 && r.Commitments.Count > 0);
        // Tables edited after parsing (as a hand-corrected report), and a commitment that is no statement of the report.
        var row = report.Tables.Applications.Rows[0];
        var edited = report with
        {
            Tables = report.Tables with { Applications = report.Tables.Applications with { Rows = [row with { Label = row.Label + "（更正）" }, .. report.Tables.Applications.Rows.Skip(1)] } },
            Commitments = [report.Commitments[0] with { Text = "下一步，继续做好政府信息公开工作。" }, .. report.Commitments.Skip(1)],
        };
        var restored = RoundTrip(edited, out var body).ShouldNotBeNull();
        body.TablesDigest.ShouldBeNull();
        body.CommitmentsFromStatements.ShouldBeFalse();
        body.Report.Tables.Applications.Rows.Count.ShouldBe(report.Tables.Applications.Rows.Count);
        StoredReportJson.Serialize(restored).ShouldBe(StoredReportJson.Serialize(edited));

        // The parsed report itself leaves both out; its tables, read again, must hash to what was stored.
        RoundTrip(report, out var plain).ShouldNotBeNull();
        plain.TablesDigest.ShouldNotBeNull();
        plain.CommitmentsFromStatements.ShouldBeTrue();
        var texts = report.SearchableSections().ToDictionary(s => s.Ordinal, s => s.Text);
        (plain with { TablesDigest = "0000000000000000" }).Restore(o => texts.GetValueOrDefault(o)).ShouldBeNull();
        // Packed runs that do not fit the sections: no half-restored report.
        (plain with { Runs = plain.Runs![..^1] }).Restore(o => texts.GetValueOrDefault(o)).ShouldBeNull();
    }

    [Fact]
    public async Task A_schema_10_body_of_json_alone_is_still_read()
    {
        var report = (await ParseAsync(RepoPaths.SampleReports)).First(r => r.Sections.Count > 3);
        // What schema 10 stored: the JSON alone, runs in the sections, gap positions.
        var body = StoredReportBody.Of(report);
        var covered = new bool[report.SourceText.Length];
        foreach (var run in report.Sections.SelectMany(s => s.SourceRuns)) covered.AsSpan(run.SourceStart, run.Length).Fill(true);
        var starts = new List<int>();
        var lengths = new List<int>();
        for (var i = 0; i < covered.Length;)
        {
            if (covered[i]) { i++; continue; }
            var start = i;
            while (i < covered.Length && !covered[i]) i++;
            starts.Add(start);
            lengths.Add(i - start);
        }
        var old = new StoredReportBody(body.Report with { Tables = report.Tables, Commitments = report.Commitments, Sections = [.. body.Report.Sections.Zip(report.Sections, (s, r) => s with { SourceRuns = r.SourceRuns })] },
            body.PreambleInSection, body.SubsectionsInSections, body.SourceLength, starts, lengths, body.GapText);
        var field = new StoredField(Schema.IndexFields.ReportBody, StoredReportJson.Compress(StoredReportJson.SerializeValue(old)));
        var read = StoredReportJson.ReadBody(new Document { field }).ShouldNotBeNull();
        read.RunsPacked.ShouldBeFalse();
        var texts = report.SearchableSections().ToDictionary(s => s.Ordinal, s => s.Text);
        StoredReportJson.Serialize(read.Restore(o => texts.GetValueOrDefault(o)).ShouldNotBeNull()).ShouldBe(StoredReportJson.Serialize(report));
    }

    private static Report? RoundTrip(Report report, out StoredReportBody body)
    {
        var document = new Document { StoredReportJson.ToBodyField(StoredReportJson.SerializeBody(report)) };
        body = StoredReportJson.ReadBody(document).ShouldNotBeNull(report.SourceFile);
        var texts = report.SearchableSections().ToDictionary(s => s.Ordinal, s => s.Text);
        return body.Restore(ordinal => texts.GetValueOrDefault(ordinal));
    }

    /// <summary>The reports of the folders' .txt files, parsed and tagged with <see cref="LengthThemes"/>.</summary>
    internal static async Task<List<Report>> ParseAsync(params string[] folders)
    {
        var reader = new ReportFileReader();
        var tagger = new ReportThemeTagger(new LengthThemes());
        var reports = new List<Report>();
        foreach (var file in folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Order(StringComparer.Ordinal))
        {
            var outcome = await reader.ReadAsync(file, CancellationToken.None);
            if (outcome.Report is { } report) reports.Add(tagger.Apply(report));
        }
        return reports;
    }
}
