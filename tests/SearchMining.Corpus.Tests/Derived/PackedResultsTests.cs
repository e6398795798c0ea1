using System.Text.Json;
using SearchMining.Core.Checks;
using SearchMining.Core.Comparison;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Derived;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Derived;

/// <summary>
/// A rule's stored results (store version 7, <see cref="DerivedStore.Pack"/>): the slim form leaves out the rule id and
/// the labels of table 三/四 cells that their ids give (<see cref="SlimResults"/>), and reading gives back every result
/// field for field, evidence items and labels included — on the checks of every sample report, each against the others
/// as its history (so the carry-over rules' evidence from last year's report is there too). Results the slim form could
/// not restore exactly are stored whole.
/// </summary>
public sealed class PackedResultsTests
{
    [Fact]
    public async Task Every_sample_reports_results_read_back_field_for_field_and_the_slim_form_is_smaller()
    {
        var reader = new ReportFileReader();
        var reports = new List<Report>();
        foreach (var file in Directory.GetFiles(RepoPaths.SampleReports).Order(StringComparer.Ordinal))
        {
            if ((await reader.ReadAsync(file, CancellationToken.None)).Report is { } report) reports.Add(report);
        }
        reports.Count.ShouldBeGreaterThan(10);
        var history = new AgencyNameHistory(reports);
        var checker = ReportChecker.All(CheckOptions.Default, new SentenceReuse());
        long slimBytes = 0, wholeBytes = 0, labelledCells = 0;
        foreach (var report in reports)
        {
            var packed = PackedChecks.Of(checker.Run(report, history));
            foreach (var blob in packed.Blobs)
            {
                var computed = packed.Checks.Results.Skip(blob.FirstN).Where(r => CheckSql.RuleOrder(r.Rule) == blob.RuleOrder).ToList();
                var read = DerivedStore.ReadResults(blob.Packed, blob.RuleOrder);
                JsonSerializer.Serialize(read).ShouldBe(JsonSerializer.Serialize(computed), $"{report.SourceFile} rule {blob.RuleOrder}");
                var unpacked = DerivedStore.Unpack(blob.Packed);
                unpacked.Slim.ShouldBeTrue($"{report.SourceFile} rule {blob.RuleOrder}");
                for (var n = 0; n < computed.Count; n++)
                    JsonSerializer.Serialize(DerivedStore.ReadResult(unpacked, n, blob.RuleOrder)).ShouldBe(JsonSerializer.Serialize(computed[n]));
                slimBytes += blob.Packed.Length;
                wholeBytes += Whole(computed).Length;
                labelledCells += computed.Sum(r => r.Items.Count(i => Core.Checks.Evidence.Cells.LabelOf(i.Table, i.Row, i.Column) is { } label && label == i.Label));
            }
        }
        labelledCells.ShouldBeGreaterThan(100);
        slimBytes.ShouldBeLessThan(wholeBytes * 9 / 10);
    }

    [Fact]
    public void Results_the_slim_form_cannot_restore_are_stored_whole()
    {
        var cell = new CheckEvidence
        {
            Kind = EvidenceKind.Cell, Text = "72", Label = "表三 （七）总计 × 自然人", Table = TableIds.Applications, Row = "result.total",
            Column = nameof(ApplicantType.NaturalPerson), Value = 72, SourceStart = 10, SourceEnd = 12,
        };
        Core.Checks.Evidence.Cells.LabelOf(cell.Table, cell.Row, cell.Column).ShouldBe(cell.Label);
        CheckResult[][] cases =
        [
            // A cell without a label (the slim form would give it its ids' label).
            [new CheckResult("check-application-result-total", CheckStatus.Pass, "e") { Items = [cell with { Label = null }] }],
            // A rule id other than the blob's rule order's.
            [new CheckResult("check-unknown", CheckStatus.Fail, "e") { Items = [cell] }],
        ];
        foreach (var results in cases)
        {
            var packed = DerivedStore.Pack(results, 0);
            DerivedStore.Unpack(packed).Slim.ShouldBeFalse();
            JsonSerializer.Serialize(DerivedStore.ReadResults(packed, 0)).ShouldBe(JsonSerializer.Serialize(results));
        }
        var slim = DerivedStore.Pack([new CheckResult("check-application-result-total", CheckStatus.Pass, "e") { Items = [cell] }], 0);
        DerivedStore.Unpack(slim).Slim.ShouldBeTrue();
        DerivedStore.ReadResults(slim, 0).Single().Items.Single().Label.ShouldBe(cell.Label);
    }

    /// <summary>The results packed as version 6 stored them: the whole JSON, Brotli quality 5.</summary>
    private static byte[] Whole(IReadOnlyList<CheckResult> results)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(results, new JsonSerializerOptions(Core.Serialization.ReportJson.CreateOptions(indented: false))
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        });
        var output = new byte[4 + System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(json.Length)];
        System.IO.Compression.BrotliEncoder.TryCompress(json, output.AsSpan(4), out var written, 5, 22).ShouldBeTrue();
        return output[..(4 + written)];
    }
}
