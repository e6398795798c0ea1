using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;
using SearchMining.Tests.Shared;
using Shouldly;
using Xunit.Abstractions;

namespace SearchMining.Corpus.Tests.Processes;

/// <summary>The real service stopped hard (kill -9) and started again over the same folder.</summary>
public sealed class RestartTests(ITestOutputHelper output) : IDisposable
{
    private const int Copies = 3;
    private readonly TestCorpus _corpus = new("037_hongze_quzhengfu_2023.txt", "038_hongze_quzhengfu_2024.txt");

    public void Dispose() => _corpus.Dispose();

    private static string Html(string text) =>
        "<html><head><meta charset=\"utf-8\"></head><body>" + string.Concat(text.Split('\n').Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>")) + "</body></html>";

    [Fact]
    public async Task After_a_schema_bump_every_uploaded_report_is_there_again()
    {
        var uploaded = new Dictionary<string, string>();
        await using (var service = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, _corpus.BundledPath)))
        {
            await service.WaitForIngestionAsync("Completed");
            var sanya = await File.ReadAllTextAsync(RepoPaths.SampleReport("022_sanya_haitangqu_2015.txt"));
            var pingtan = await File.ReadAllTextAsync(RepoPaths.SampleReport("039_pingtan_shiyanqu_2021.txt"));
            foreach (var (name, bytes, type) in new[]
            {
                ("sanya-2015.txt", Encoding.UTF8.GetBytes(sanya), "text/plain"),
                ("pingtan-2021.html", Encoding.UTF8.GetBytes(Html(pingtan)), "text/html"),
            })
            {
                using var response = await service.Client.SendAsync(service.Write(HttpMethod.Post, "/api/reports?sourceUrl=https%3A%2F%2Fexample.gov.cn%2F" + name, ServiceProcess.File(bytes, name, type)));
                response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                uploaded[name] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString()!;
            }
            service.Kill();
        }
        IndexStamp.Set(_corpus.IndexPath, IndexSchema.VersionKey, (IndexSchema.Version - 1).ToString()); // as the previous release left it

        await using var restarted = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, _corpus.BundledPath));
        var ingestion = await restarted.WaitForIngestionAsync("Completed");

        ingestion.GetProperty("reason").GetString()!.ShouldContain("4 kept originals are not in the index (a new or rebuilt index)");
        var reports = await restarted.Client.GetFromJsonAsync<JsonElement>("/api/reports?size=100");
        reports.GetProperty("total").GetInt32().ShouldBe(4);
        foreach (var (name, id) in uploaded)
        {
            using var response = await restarted.Client.GetAsync($"/api/reports/{id}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, name);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sourceFile").GetString().ShouldBe(name);
        }
        restarted.Output.ShouldContain("rebuilt (it had schema v" + (IndexSchema.Version - 1));
    }

    [Fact]
    public async Task A_first_start_ingestion_killed_midway_resumes_on_the_next_start_without_duplicates()
    {
        var corpus = CopiedCorpus(out var total);
        await using (var service = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, corpus)))
        {
            var line = await service.WaitForLineAsync(l => l.Contains("Ingested ", StringComparison.Ordinal) && l.Contains("(committed 5)", StringComparison.Ordinal));
            service.Kill();
            output.WriteLine($"killed after: {line}");
        }
        int committed;
        using (var index = ReportIndex.Open(new ReportIndexOptions(_corpus.IndexPath, SharedSegmenter.Analyzers()) { ReadOnly = true }))
        {
            committed = index.Stats.Reports;
            committed.ShouldBeGreaterThanOrEqualTo(5);
            committed.ShouldBeLessThan(total, "the ingestion finished before it was killed; the corpus copy is too small");
            (committed % CorpusOptions.ServiceBatchSize).ShouldBe(0); // whole batches only
            index.ListReports(limit: 1000).Items.ShouldAllBe(r => index.GetReport(r.Id)!.Sections.Count == r.Sections);
        }

        await using var restarted = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, corpus));
        var sawMissing = false;
        JsonElement ingestion;
        while (true)
        {
            ingestion = (await restarted.HealthAsync()).GetProperty("ingestion");
            var state = ingestion.GetProperty("state").GetString();
            if (state == "Running" && ingestion.GetProperty("missing").GetArrayLength() > 0) sawMissing = true;
            if (state is "Completed" or "Failed") break;
            await Task.Delay(20);
        }
        output.WriteLine(ingestion.ToString());
        ingestion.GetProperty("state").GetString().ShouldBe("Completed");
        ingestion.GetProperty("total").GetInt32().ShouldBe(total - committed);
        sawMissing.ShouldBeTrue("/healthz listed the missing reports while it worked");
        var reports = await restarted.Client.GetFromJsonAsync<JsonElement>("/api/reports?size=100");
        reports.GetProperty("total").GetInt32().ShouldBe(total);
        reports.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Distinct().Count().ShouldBe(total);
        var stats = await restarted.Client.GetFromJsonAsync<JsonElement>("/api/stats");
        stats.GetProperty("reports").GetInt32().ShouldBe(total);
    }

    /// <summary>Three copies of every sample, each made distinct by a closing line: enough files to kill the ingestion midway.</summary>
    private string CopiedCorpus(out int total)
    {
        var folder = _corpus.File("copies");
        Directory.CreateDirectory(folder);
        total = 0;
        for (var copy = 0; copy < Copies; copy++)
        {
            foreach (var sample in Directory.GetFiles(RepoPaths.SampleReports, "*.txt"))
            {
                File.WriteAllText(Path.Combine(folder, $"{copy:00}_{Path.GetFileName(sample)}"), File.ReadAllText(sample) + $"\n\n（本文件为第 {copy + 1} 份副本）\n");
                total++;
            }
        }
        return folder;
    }
}
