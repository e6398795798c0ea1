using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;

namespace SearchMining.Api.Tests.Endpoints;

/// <summary>A restart over an index that already holds reports serves it as it is, without ingesting again.</summary>
public sealed class FirstStartIngestionTests
{
    [Fact]
    public async Task Second_start_on_a_filled_index_does_not_ingest_again()
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "searchmining-api-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var first = new ApiFactory().WithWebHostBuilder(b => b.UseSetting("SearchMining:IndexPath", indexPath)))
            {
                using var client = first.CreateClient();
                var done = await WaitForIngestionAsync(client);
                done.GetProperty("indexed").GetInt32().ShouldBeGreaterThan(10);
            }

            await using var second = new ApiFactory().WithWebHostBuilder(b => b.UseSetting("SearchMining:IndexPath", indexPath));
            using var again = second.CreateClient();
            var stats = await again.GetFromJsonAsync<JsonElement>("/api/stats");
            stats.GetProperty("reports").GetInt32().ShouldBeGreaterThan(10);
            await Task.Delay(300);
            var health = await again.GetFromJsonAsync<JsonElement>("/healthz");
            health.GetProperty("ingestion").GetProperty("state").GetString().ShouldBe("Idle");
            health.GetProperty("ingestion").GetProperty("processed").GetInt32().ShouldBe(0);
        }
        finally
        {
            try { Directory.Delete(indexPath, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<JsonElement> WaitForIngestionAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var ingestion = (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("ingestion");
            if (ingestion.GetProperty("state").GetString() == "Completed") return ingestion;
            await Task.Delay(100);
        }
        throw new TimeoutException("ingestion did not finish");
    }
}
