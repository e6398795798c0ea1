using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Corpus.Checks;
using SearchMining.Corpus.Derived;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>checks-cost --index DIR [--before-store DB]</c>: what a report's checks (<c>/api/reports/{id}/checks</c>) and pages of
/// <c>/api/checks</c> cost when a rule whose status is PASS has no stored blob and its results are computed again (derived
/// store version 8), in process: per report <see cref="CorpusChecks.Of"/> (wall and process CPU), and with
/// <c>--before-store</c> (a version-7 <c>derived.db</c> of the same reports) the stored read it replaces — every rule's
/// blob read and unpacked. Opens the index writable: a copy.
/// </summary>
internal static class ChecksCostCommand
{
    public static Command Create(RepoPaths repo)
    {
        var index = new Option<string>("--index") { Description = "Index folder (a copy).", Required = true };
        var before = new Option<string?>("--before-store") { Description = "A derived.db of store version 7 over the same reports: time its stored read." };
        var reports = new Option<int>("--reports") { Description = "Reports read (spread over the corpus).", DefaultValueFactory = _ => 200 };
        var command = new Command("checks-cost", "Cost of a report's checks and of /api/checks pages with PASS rules computed again on reading.");
        command.Options.Add(index);
        command.Options.Add(before);
        command.Options.Add(reports);
        command.SetAction((result, ct) =>
        {
            var options = IndexMixOptions.CorpusOver(repo, result.GetValue(index)!, readOnly: false);
            using var corpus = new ReportCorpus(options, JiebaSegmenter.CreateDefault());
            corpus.Derived.WhenReady.GetAwaiter().GetResult();
            var checks = new CorpusChecks(corpus);
            var all = corpus.ListReports(limit: 1_000_000).Items.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
            var step = Math.Max(1, all.Count / Math.Max(1, result.GetValue(reports)));
            var sample = all.Where((_, i) => i % step == 0).Take(result.GetValue(reports)).ToList();
            IndexMixOptions.Log($"{all.Count} reports; {sample.Count} read; load {MachineLoad.Now()}");
            checks.Of(sample[0], ct); // JIT
            Report("report checks (Of, version 8)", sample.Select(id => Measure(() => checks.Of(id, ct)!.Results.Count)).ToList());
            if (result.GetValue(before) is { } path)
            {
                using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
                connection.Open();
                Report("report checks, stored read (version 7)", sample.Select(id => Measure(() => StoredRead(connection, id))).ToList());
            }
            CheckQuery[] queries = [new(), new(Status: Core.Domain.CheckStatus.Pass), new(Sort: CheckSort.Rule), new(Sort: CheckSort.Year, Descending: true)];
            foreach (var query in queries)
            {
                var page = Measure(() => checks.Page(query, 0, 20).Rows.Count);
                var deep = Measure(() => checks.Page(query, all.Count * 20, 20).Rows.Count);
                IndexMixOptions.Log($"  /api/checks {query}: first page {page.Wall:0.0} ms (cpu {page.Cpu:0.0}); page at offset {all.Count * 20}: {deep.Wall:0.0} ms (cpu {deep.Cpu:0.0})");
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static int StoredRead(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT results, rule_order FROM check_rule_results WHERE report_id = $id ORDER BY rule_order";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read()) count += DerivedStore.ReadResults(reader.GetFieldValue<byte[]>(0), reader.GetInt32(1)).Count;
        return count;
    }

    private static void Report(string name, List<(double Wall, double Cpu)> calls)
    {
        static double At(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
        var wall = calls.Select(c => c.Wall).Order().ToList();
        var cpu = calls.Select(c => c.Cpu).Order().ToList();
        IndexMixOptions.Log($"  {name}: {calls.Count} calls; wall p50 {At(wall, 0.5):0.00} ms, p90 {At(wall, 0.9):0.00}, max {wall[^1]:0.00}; CPU mean {cpu.Average():0.00} ms, p50 {At(cpu, 0.5):0.00}");
    }

    private static (double Wall, double Cpu) Measure(Func<object?> call)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(call());
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
