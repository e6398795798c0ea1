using System.Net;
using SearchMining.Api.Tests.Infrastructure;
using Shouldly;

namespace SearchMining.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class ServiceEndpointTests(ApiFixture api)
{
    [Fact]
    public async Task Healthz_reports_ok_and_the_finished_ingestion()
    {
        var response = await api.Client.GetAsync("/healthz");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.Str("status").ShouldBe("ok");
        var ingestion = body.GetProperty("ingestion");
        ingestion.Str("state").ShouldBe("Completed");
        ingestion.GetProperty("indexed").GetInt32().ShouldBe(api.SampleReportCount);
        ingestion.GetProperty("failed").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Stats_count_the_corpus_and_describe_index_and_model()
    {
        var body = await (await api.Client.GetAsync("/api/stats")).ReadJsonAsync();
        body.GetProperty("reports").GetInt32().ShouldBe(api.SampleReportCount);
        body.GetProperty("sections").GetInt32().ShouldBeGreaterThan(api.SampleReportCount * 3);
        body.GetProperty("statements").GetInt32().ShouldBeGreaterThan(20);
        body.GetProperty("commitments").GetInt32().ShouldBeGreaterThan(10);
        body.GetProperty("indexSizeBytes").GetInt64().ShouldBeGreaterThan(10_000);
        body.GetProperty("schemaVersion").GetInt32().ShouldBeGreaterThan(0);
        var model = body.GetProperty("model");
        model.Str("path").ShouldEndWith("theme-classifier.zip");
        model.TryGetProperty("loaded", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task OpenApi_document_lists_every_endpoint()
    {
        var response = await api.Client.GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var paths = (await response.ReadJsonAsync()).GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/reports", "/api/reports/{id}", "/api/reports/{id}/sections/{n}", "/api/sections/{id}/similar",
                     "/api/commitments", "/api/contacts", "/api/themes", "/api/stats", "/api/export", "/healthz" })
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        var upload = paths.GetProperty("/api/reports").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        upload.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").TryGetProperty("file", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Scalar_ui_is_served()
    {
        var response = await api.Client.GetAsync("/scalar/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("SearchMining API");
    }

    [Fact]
    public async Task Web_page_is_served_in_chinese()
    {
        var html = await api.Client.GetStringAsync("/");
        html.ShouldContain("lang=\"zh-CN\"");
        html.ShouldContain("政府信息公开年度报告检索");
        (await api.Client.GetAsync("/app.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_api_path_is_404_problem()
    {
        await (await api.Client.GetAsync("/api/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
