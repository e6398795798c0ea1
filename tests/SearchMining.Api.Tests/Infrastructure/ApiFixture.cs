using System.Net.Http.Json;
using System.Text.Json;
using SearchMining.Tests.Shared;

namespace SearchMining.Api.Tests.Infrastructure;

/// <summary>One service for the whole test collection, waited on until the sample corpus is ingested.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public int SampleReportCount { get; } = Directory.GetFiles(RepoPaths.SampleReports, "*.txt").Length;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var health = await Client.GetFromJsonAsync<JsonElement>("/healthz");
            var state = health.GetProperty("ingestion").GetProperty("state").GetString();
            if (state == "Completed") return;
            if (state == "Failed") throw new InvalidOperationException("First-start ingestion failed: " + health);
            await Task.Delay(100);
        }
        throw new TimeoutException("The sample corpus was not ingested within 90 s.");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
