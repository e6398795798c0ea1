using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SearchMining.Api.Tests.Infrastructure;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Api.Tests.Endpoints;

/// <summary>Too little free disk (here: a minimum no disk has) → /healthz 503 OutOfDisk, writes 503, searches still answer.</summary>
public sealed class DiskSpaceTests
{
    [Fact]
    public async Task Under_the_free_disk_minimum_health_and_uploads_are_503_out_of_disk_and_searches_answer()
    {
        await using var factory = new ApiFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("SearchMining:IngestBundledReports", "false");
            b.UseSetting("SearchMining:UseClassifier", "false");
            b.UseSetting("SearchMining:MinFreeDiskBytes", long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        using var client = factory.CreateClient();

        using (var health = await client.GetAsync("/healthz"))
        {
            health.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            var body = await health.Content.ReadFromJsonAsync<JsonElement>();
            body.GetProperty("status").GetString().ShouldBe("degraded");
            body.GetProperty("problems")[0].GetProperty("code").GetString().ShouldBe("OutOfDisk");
        }
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt"))));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new MultipartFormDataContent { { file, "file", "037.txt" } } };
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var upload = await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        upload.GetProperty("errorKind").GetString().ShouldBe("OutOfDisk");
        (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("公开"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<JsonElement>("/api/stats")).GetProperty("reports").GetInt32().ShouldBe(0);
    }
}
