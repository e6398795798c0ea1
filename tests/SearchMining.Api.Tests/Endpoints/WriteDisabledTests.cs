using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;

namespace SearchMining.Api.Tests.Endpoints;

/// <summary>A server with no API key configured: write endpoints are off (403) whatever key is sent.</summary>
public sealed class WriteDisabledTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _keyless = null!;
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "searchmining-api-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync()
    {
        _keyless = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("SearchMining:ApiKey", "");
            builder.UseSetting("SearchMining:IndexPath", _indexPath);
            builder.UseSetting("SearchMining:IngestBundledReports", "false");
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Upload_and_delete_are_403_when_no_key_is_configured()
    {
        using var client = _keyless.CreateClient();
        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("一、总体情况")), "file", "r.txt" } },
        };
        upload.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var body = await (await client.SendAsync(upload)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        body.GetProperty("detail").GetString()!.ShouldContain("SEARCHMINING_API_KEY");

        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/reports/0000000000000000");
        await (await client.SendAsync(delete)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public async Task DisposeAsync()
    {
        await _keyless.DisposeAsync();
        await _factory.DisposeAsync();
        try { Directory.Delete(_indexPath, recursive: true); } catch (IOException) { }
    }
}
