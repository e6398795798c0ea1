using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SearchMining.Api.Tests.Infrastructure;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Api.Tests.Endpoints;

/// <summary>The theme model as the service sees it: a corrupt file is reported and ingestion goes on without themes.</summary>
public sealed class ClassifierModelTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "searchmining-api-tests", Guid.NewGuid().ToString("N"));
    private readonly ApiFactory _factory = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _withCorruptModel = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var model = Path.Combine(_folder, "theme-classifier.zip");
        await File.WriteAllTextAsync(model, "this is not a zip file");
        _withCorruptModel = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("SearchMining:IndexPath", Path.Combine(_folder, "index"));
            builder.UseSetting("SearchMining:ModelPath", model);
            builder.UseSetting("SearchMining:IngestBundledReports", "false");
        });
    }

    [Fact]
    public async Task Corrupt_model_is_reported_in_stats_and_uploads_are_indexed_without_themes()
    {
        using var client = _withCorruptModel.CreateClient();
        var stats = await (await client.GetAsync("/api/stats")).ReadJsonAsync();
        var model = stats.GetProperty("model");
        model.GetProperty("loaded").GetBoolean().ShouldBeFalse();
        model.Str("error").ShouldStartWith("Corrupt");
        stats.GetProperty("reports").GetInt32().ShouldBe(0);

        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new MultipartFormDataContent
            {
                { new ByteArrayContent(await File.ReadAllBytesAsync(RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt"))), "file", "037_hongze_quzhengfu_2023.txt" },
            },
        };
        upload.Headers.Add("X-Api-Key", ApiFactory.ApiKey);
        var response = await client.SendAsync(upload);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.ReadJsonAsync()).Str("reportId");

        var report = await (await client.GetAsync($"/api/reports/{id}")).ReadJsonAsync();
        var statements = report.Items("statements").ToList();
        statements.ShouldNotBeEmpty();
        statements.ShouldAllBe(s => s.GetProperty("themes").GetArrayLength() == 0);
        var themes = await (await client.GetAsync("/api/themes")).ReadJsonAsync();
        themes.GetProperty("classified").GetInt32().ShouldBe(0);
        themes.GetProperty("statements").GetInt32().ShouldBe(statements.Count);
    }

    [Fact]
    public async Task The_model_is_loaded_at_start_before_any_request_asks_for_it()
    {
        var corpus = _withCorruptModel.Services.GetRequiredService<SearchMining.Corpus.ReportCorpus>(); // starts the host
        // A bounded wait for the background start-up (no request made): the model's status is known without /api/stats.
        for (var i = 0; i < 300 && !corpus.Classifier.IsLoaded; i++) await Task.Delay(100);
        corpus.Classifier.IsLoaded.ShouldBeTrue();
        corpus.Classifier.Status.Loaded.ShouldBeFalse();
        corpus.Classifier.Status.Error.ShouldNotBeNull().ShouldStartWith("Corrupt");
    }

    public async Task DisposeAsync()
    {
        await _withCorruptModel.DisposeAsync();
        await _factory.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
