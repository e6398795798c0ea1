using System.CommandLine;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;
using SearchMining.Index.Storage.Codecs;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>read-cost --index DIR --reports N</c>: the CPU to load one whole report from a committed index
/// (<see cref="StoredReportLoader.Load"/>: its body, its sections' texts, the report restored), over <c>N</c> report
/// documents spread through the index, fastest of <c>--rounds</c>. Schema 11 restores more (the source's gaps found again,
/// the runs unpacked, the tables read again), so docs/BENCHMARKS.md "Round 15 (size)" compares it with schema 10.
/// </summary>
internal static class ReadCostCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "A committed index folder (read-only).", Required = true };
        var count = new Option<int>("--reports") { Description = "Report documents to load, spread through the index.", DefaultValueFactory = _ => 500 };
        var rounds = new Option<int>("--rounds") { Description = "Passes over them; the fastest is reported.", DefaultValueFactory = _ => 3 };
        var command = new Command("read-cost", "CPU to load one whole report (body + section texts, restored).");
        foreach (var option in new Option[] { index, count, rounds }) command.Options.Add(option);
        command.SetAction(result =>
        {
            IndexCodec.EnsureRegistered();
            using var directory = FSDirectory.Open(result.GetValue(index)!);
            using var reader = DirectoryReader.Open(directory);
            var live = MultiFields.GetLiveDocs(reader);
            var kind = new HashSet<string>(StringComparer.Ordinal) { IndexFields.DocKind };
            var reports = new List<int>();
            for (var doc = 0; doc < reader.MaxDoc; doc++)
                if ((live is null || live.Get(doc)) && reader.Document(doc, kind).Get(IndexFields.DocKind) == DocumentKinds.Report) reports.Add(doc);
            var wanted = Math.Min(result.GetValue(count), reports.Count);
            var chosen = Enumerable.Range(0, wanted).Select(i => reports[(int)((long)i * reports.Count / wanted)]).ToList();
            TimeSpan bestCpu = TimeSpan.MaxValue, bestWall = TimeSpan.MaxValue, bestTables = TimeSpan.MaxValue;
            var loaded = new List<SearchMining.Core.Domain.Report>();
            long chars = 0;
            var failed = 0;
            for (var round = 0; round < result.GetValue(rounds); round++)
            {
                chars = 0;
                failed = 0;
                var cpu = ThreadCpu.Now();
                var wall = Stopwatch.StartNew();
                foreach (var doc in chosen)
                {
                    if (StoredReportLoader.Load(reader, doc) is { } report) { chars += report.SourceText.Length; if (round == 0) loaded.Add(report); }
                    else failed++;
                }
                var spent = ThreadCpu.Now() - cpu;
                if (spent < bestCpu) { bestCpu = spent; bestWall = wall.Elapsed; }
                // what schema 11 adds for a report whose tables it left out: the tables read again (timed on every report)
                cpu = ThreadCpu.Now();
                foreach (var report in loaded) SearchMining.Core.Parsing.Tables.ReportTablesReader.Read(report.SourceText, report.Sections, report.Template);
                spent = ThreadCpu.Now() - cpu;
                if (spent < bestTables) bestTables = spent;
            }
            Console.WriteLine($"{chosen.Count:N0} of {reports.Count:N0} reports loaded ({failed} unreadable, {chars:N0} source chars): " +
                              $"{bestCpu.TotalMilliseconds * 1000 / Math.Max(1, chosen.Count):0} µs CPU a report, {bestWall.TotalMilliseconds * 1000 / Math.Max(1, chosen.Count):0} µs wall " +
                              $"(fastest of {result.GetValue(rounds)}); of which a schema-11 report's tables read again: {bestTables.TotalMilliseconds * 1000 / Math.Max(1, loaded.Count):0} µs CPU; load {MachineLoad.Now()}");
            return 0;
        });
        return command;
    }
}
