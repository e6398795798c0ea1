using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;
using Xunit.Abstractions;

namespace SearchMining.Corpus.Tests.Processes;

/// <summary>The real service over an index folder that becomes read-only, or whose files are damaged.</summary>
public sealed class StorageFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestCorpus _corpus = new("037_hongze_quzhengfu_2023.txt", "038_hongze_quzhengfu_2024.txt");

    public void Dispose()
    {
        SetWritable(_corpus.IndexPath, true);
        _corpus.Dispose();
    }

    [UnprivilegedFact]
    public async Task A_folder_made_read_only_under_the_running_service_refuses_writes_with_503_and_changes_nothing()
    {
        await using var service = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, _corpus.BundledPath), UnprivilegedFactAttribute.Wrapper());
        await service.WaitForIngestionAsync("Completed");
        var id = (await service.Client.GetFromJsonAsync<JsonElement>("/api/reports?year=2023")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var upload = Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(RepoPaths.SampleReport("022_sanya_haitangqu_2015.txt")));

        SetWritable(_corpus.IndexPath, false);
        var files = Listing(_corpus.IndexPath);
        var kept = KeptOriginals();

        using (var delete = await service.Client.SendAsync(service.Write(HttpMethod.Delete, $"/api/reports/{id}")))
            await ShouldBeUnavailableAsync(delete, "IndexUnwritable");
        using (var post = await service.Client.SendAsync(service.Write(HttpMethod.Post, "/api/reports", ServiceProcess.File(upload, "sanya.txt"))))
            await ShouldBeUnavailableAsync(post, "IndexUnwritable");
        using (var health = await service.Client.GetAsync("/healthz"))
        {
            health.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            var body = await health.Content.ReadFromJsonAsync<JsonElement>();
            output.WriteLine(body.ToString());
            body.GetProperty("status").GetString().ShouldBe("degraded");
            body.GetProperty("problems")[0].GetProperty("code").GetString().ShouldBe("IndexUnwritable");
        }
        // nothing half-done: the report is still there and found, the upload is not, no file changed
        (await service.Client.GetAsync($"/api/reports/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var search = await service.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("政府信息公开") + "&year=2023");
        search.GetProperty("hits").EnumerateArray().ShouldContain(h => h.GetProperty("reportId").GetString() == id);
        (await service.Client.GetFromJsonAsync<JsonElement>("/api/stats")).GetProperty("reports").GetInt32().ShouldBe(2);
        LuceneFiles(Listing(_corpus.IndexPath)).ShouldBe(LuceneFiles(files));
        KeptOriginals().ShouldBe(kept); // the delete's mark on the originals was taken back, the upload's original never stayed
        service.Output.ShouldContain($"HTTP DELETE /api/reports/{id} → 503");

        SetWritable(_corpus.IndexPath, true); // the operator fixes the folder: the service takes its writer back
        await Task.Delay(Health.CorpusHealth.ProbeInterval + TimeSpan.FromMilliseconds(200));
        (await service.Client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var delete = await service.Client.SendAsync(service.Write(HttpMethod.Delete, $"/api/reports/{id}")))
            delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await service.Client.GetFromJsonAsync<JsonElement>("/api/stats")).GetProperty("reports").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_truncated_segment_file_makes_health_and_searches_503_and_the_kept_originals_rebuild_it()
    {
        await using (var service = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, _corpus.BundledPath)))
        {
            await service.WaitForIngestionAsync("Completed");
            service.Kill();
        }
        var segment = Directory.GetFiles(_corpus.IndexPath, "_*").OrderByDescending(f => new FileInfo(f).Length).First();
        using (var stream = new FileStream(segment, FileMode.Open, FileAccess.Write)) stream.SetLength(stream.Length / 2);
        output.WriteLine($"truncated {Path.GetFileName(segment)}");
        var files = Listing(_corpus.IndexPath);

        await using (var service = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, _corpus.BundledPath)))
        {
            using (var health = await service.Client.GetAsync("/healthz"))
            {
                var body = await health.Content.ReadFromJsonAsync<JsonElement>();
                output.WriteLine(body.ToString());
                health.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
                body.GetProperty("status").GetString().ShouldBe("unavailable");
            }
            var (code, _) = await WaitForUnavailableSearchAsync(service);
            code.ShouldBeOneOf("IndexCorrupt", "IndexUnavailable");
            using (var post = await service.Client.SendAsync(service.Write(HttpMethod.Post, "/api/reports", ServiceProcess.File(Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(RepoPaths.SampleReport("022_sanya_haitangqu_2015.txt"))), "sanya.txt"))))
                (await ShouldBeUnavailableAsync(post, null)).ShouldBeOneOf("IndexCorrupt", "IndexUnavailable");
            service.Output.ShouldContain("→ 503");
            service.Kill();
        }
        LuceneFiles(Listing(_corpus.IndexPath)).ShouldBe(LuceneFiles(files)); // nothing was written to the index
        KeptOriginals().Count.ShouldBe(2); // nor to the kept originals

        var rebuilt = await CliProcess.RunAsync("index", "--rebuild", "--index", _corpus.IndexPath, "--no-classifier");
        rebuilt.ExitCode.ShouldBe(0, rebuilt.ToString());
        rebuilt.Output.ShouldContain("Restored from kept originals: 2 of 2 reports");
        await using var repaired = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, _corpus.BundledPath));
        await repaired.WaitForIngestionAsync("Idle");
        (await repaired.Client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await repaired.Client.GetFromJsonAsync<JsonElement>("/api/stats")).GetProperty("reports").GetInt32().ShouldBe(2);
    }

    private static async Task<(string Code, JsonElement Body)> WaitForUnavailableSearchAsync(ServiceProcess service)
    {
        using var search = await service.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("政府信息公开"));
        var code = await ShouldBeUnavailableAsync(search, null);
        return (code, default);
    }

    /// <summary>A 503 ProblemDetails with an errorKind (the given one, when given); returns the errorKind.</summary>
    private static async Task<string> ShouldBeUnavailableAsync(HttpResponseMessage response, string? errorKind)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("status").GetInt32().ShouldBe(503);
        body.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        var kind = body.GetProperty("errorKind").GetString()!;
        if (errorKind is not null) kind.ShouldBe(errorKind);
        return kind;
    }

    /// <summary>What the originals store holds (read beside the running service: SQLite in WAL mode allows it).</summary>
    private List<string> KeptOriginals()
    {
        using var store = SearchMining.Corpus.Storage.OriginalStore.Open(_corpus.IndexPath);
        return store.List().Select(o => $"{o.Sequence} {o.Sha256} {o.ReportId} {o.PendingRemoval}").ToList();
    }

    /// <summary>The Lucene index files of a listing (segments and their parts; not the lock files or the originals store, which SQLite checkpoints).</summary>
    private static List<string> LuceneFiles(IEnumerable<string> listing) =>
        listing.Where(f => f.StartsWith('_') || f.StartsWith("segments", StringComparison.Ordinal)).ToList();

    /// <summary>Names and sizes of every file under the folder (subfolders included).</summary>
    private static List<string> Listing(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {new FileInfo(f).Length}")
            .Order(StringComparer.Ordinal).ToList();

    private static void SetWritable(string folder, bool writable)
    {
        if (!Directory.Exists(folder) || OperatingSystem.IsWindows()) return;
        var directories = Directory.GetDirectories(folder, "*", SearchOption.AllDirectories).Append(folder);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(file, writable ? (UnixFileMode)0b110_100_100 : (UnixFileMode)0b100_100_100);
        foreach (var directory in directories)
            File.SetUnixFileMode(directory, writable ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b101_101_101);
    }
}
