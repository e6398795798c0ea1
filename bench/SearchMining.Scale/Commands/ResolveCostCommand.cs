using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SearchMining.Core.Serialization;
using SearchMining.Index.Views;
using SearchMining.Mining.Agencies;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>resolve-cost --store FILE</c>: agency resolution alone (<see cref="AgencyDirectory.Build"/>) over every report
/// identity of a derived store's <c>view_reports</c> rows (a copy; opened read-only), in the order the years view gives
/// them: wall and process CPU ms of each of <c>--rounds</c> builds. Needs no index, so it also reads a store whose index
/// was written with another schema.
/// </summary>
internal static class ResolveCostCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = "A derived store file (derived.db) with view tables.", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Builds to time.", DefaultValueFactory = _ => 3 };
        var command = new Command("resolve-cost", "Cold cost of agency resolution over a derived store's report identities.");
        command.Options.Add(store);
        command.Options.Add(rounds);
        command.SetAction(result =>
        {
            var json = ReportJson.CreateOptions(indented: false);
            var reports = new List<AgencyReport>();
            var connection = new SqliteConnectionStringBuilder { DataSource = result.GetValue(store), Mode = SqliteOpenMode.ReadOnly }.ToString();
            using (var db = new SqliteConnection(connection))
            {
                db.Open();
                using var select = db.CreateCommand();
                select.CommandText = "SELECT row FROM view_reports";
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    var r = JsonSerializer.Deserialize<ReportViewRow>(reader.GetString(0), json)!;
                    reports.Add(new AgencyReport(r.Id, r.SourceFile, r.Agency, r.AgencyAsWritten, r.Region, r.Level, r.Year));
                }
            }
            var ordered = reports.OrderByDescending(r => r.Year ?? 0).ThenBy(r => r.ReportId, StringComparer.Ordinal).ToList();
            Console.WriteLine($"{ordered.Count} report identities; load {MachineLoad.Now()}");
            for (var round = 0; round < result.GetValue(rounds); round++)
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var directory = AgencyDirectory.Build(ordered);
                var wall = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                Console.WriteLine($"round {round + 1}: {directory.Agencies.Count} agencies, {directory.Unidentified.Count} unidentified; " +
                    $"wall {wall:0} ms, cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms; load {MachineLoad.Now()}");
            }
            return 0;
        });
        return command;
    }
}
